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

	it('says when more (or fewer) of the nine questions are answered; reviews saved before scores say nothing', () => {
		const changes = comparePipelines([deal('better', { nineScore: 3 }), deal('old'), deal('same', { nineScore: 5 })], [deal('better', { nineScore: 6 }), deal('old', { nineScore: 4 }), deal('same', { nineScore: 5 })]);
		expect(changes.map((c) => [c.deal.id, c.kind, c.before?.nineScore, c.deal.nineScore])).toEqual([['better', 'questions', 3, 6]]);
		// A stage move says more than the score: one change per deal.
		expect(comparePipelines([deal('up', { nineScore: 3 })], [deal('up', { stage: 'solutionConfirmed', nineScore: 6 })]).map((c) => c.kind)).toEqual(['advanced']);
	});

	it('totals only open deals', () => {
		expect(pipelineTotals([deal('a'), deal('b', { amount: 50 }), deal('c', { status: 'lost' })])).toEqual({ count: 2, amount: 150 });
	});
});
