import { describe, expect, it } from 'vitest';
import { comparePipelines, pipelineTotals, type SnapshotDeal } from './pipeline-compare.ts';

const deal = (id: string, patch: Partial<SnapshotDeal> = {}): SnapshotDeal => ({
	id,
	title: id,
	stage: 'needsConfirmed',
	status: 'open',
	amount: 100,
	expectedCloseDate: '2026-12-31',
	ownerId: 'u1',
	...patch
});

describe('comparing a pipeline with a saved review', () => {
	it('names what was added, moved, closed, lost from the list, and leaves unchanged deals out', () => {
		const before = [
			deal('same'),
			deal('up'),
			deal('down', { stage: 'riskAssessment' }),
			deal('won'),
			deal('lost'),
			deal('gone'),
			deal('bigger'),
			deal('later'),
			deal('closed-before', { status: 'won' })
		];
		const now = [
			deal('same'),
			deal('up', { stage: 'solutionConfirmed' }),
			deal('down', { stage: 'customerAcceptance' }),
			deal('won', { status: 'won' }),
			deal('lost', { status: 'lost' }),
			deal('bigger', { amount: 250 }),
			deal('later', { expectedCloseDate: '2027-03-31' }),
			deal('closed-before', { status: 'won' }),
			deal('new', { stage: 'lead' })
		];
		const kinds = Object.fromEntries(comparePipelines(before, now).map((c) => [c.deal.id, c.kind]));
		expect(kinds).toEqual({ up: 'advanced', down: 'slipped', won: 'won', lost: 'lost', bigger: 'amount', later: 'date', new: 'added', gone: 'removed' });
	});

	it('totals only open deals', () => {
		expect(pipelineTotals([deal('a'), deal('b', { amount: 50 }), deal('c', { status: 'lost' })])).toEqual({ count: 2, amount: 150 });
	});
});
