import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { replicaPair } from '../../../tests/support/replica-pair.ts';
import { DEFAULT_EXIT_CRITERIA } from '../domain/exit-criteria-template.ts';
import { addPullBackAction, createPullBack, createStageChecklist, dealStage, readChecklist, readPullBack, setBuyerPosition, setCriterionDone, setCustomerConfirmed, setPullBackActionField, setPullBackTarget } from './sales-blocks.ts';
import { createPosition, dealTemperature, setPositionField } from './position-blocks.ts';


describe('stage checklist layout', () => {
	it('keeps both ticks when two people tick different items at once, and derives the stage from them', () => {
		const { a, b, sync } = replicaPair();
		createStageChecklist(a, 'sc', DEFAULT_EXIT_CRITERIA);
		setCriterionDone(a, 'sc', 'lead-contact', true, 'alice', 1);
		sync();
		setCriterionDone(a, 'sc', 'opp-need', true, 'alice', 2);
		setCustomerConfirmed(a, 'sc', 'opp-need', true);
		setCriterionDone(b, 'sc', 'opp-budget', true, 'bob', 3);
		setCustomerConfirmed(b, 'sc', 'opp-budget', true);
		setCriterionDone(b, 'sc', 'opp-key-person', true, 'bob', 4);
		sync();
		for (const doc of [a, b]) {
			const data = readChecklist(doc, 'sc');
			expect(data.states['opp-need']).toMatchObject({ done: true, doneBy: 'alice', customerConfirmed: true });
			expect(data.states['opp-budget']).toMatchObject({ done: true, doneBy: 'bob', doneAt: 3 });
			expect(data.stage).toBe('needsConfirmed');
			expect(dealStage(doc)).toBe('needsConfirmed');
		}
	});
});

describe('pull-back plan layout', () => {
	it('keeps both edits when two people edit different action items at once', () => {
		const { a, b, sync } = replicaPair();
		createPullBack(a, 'pb');
		addPullBackAction(a, 'pb', 'x', 'Book a study with three key people');
		addPullBackAction(a, 'pb', 'y', 'Send risk briefing to the VP');
		sync();
		setPullBackActionField(a, 'pb', 'x', 'status', 'done');
		setPullBackActionField(b, 'pb', 'y', 'owner', 'bob');
		setPullBackActionField(b, 'pb', 'y', 'due', '2026-12-01');
		sync();
		for (const doc of [a, b]) {
			expect(readPullBack(doc, 'pb').actions).toEqual([
				{ id: 'x', text: 'Book a study with three key people', owner: null, due: null, status: 'done' },
				{ id: 'y', text: 'Send risk briefing to the VP', owner: 'bob', due: '2026-12-01', status: 'open' }
			]);
		}
	});

	it('refuses a forward pull without writing it, and accepts an earlier target', () => {
		const doc = new Y.Doc();
		createPullBack(doc, 'pb');
		expect(setPullBackTarget(doc, 'pb', 'problem').ok).toBe(false);
		setBuyerPosition(doc, 'pb', 'solution');
		const refused = setPullBackTarget(doc, 'pb', 'cost');
		expect(refused.ok).toBe(false);
		expect(readPullBack(doc, 'pb').target).toBeNull();
		expect(setPullBackTarget(doc, 'pb', 'pain').ok).toBe(true);
		expect(readPullBack(doc, 'pb')).toMatchObject({ current: 'solution', target: 'pain', targetCheck: { ok: true } });
		// If the buyer's position moves behind the target, the plan says the target no longer holds.
		setBuyerPosition(doc, 'pb', 'problem');
		expect(readPullBack(doc, 'pb').targetCheck?.ok).toBe(false);
	});
});

describe('position layout', () => {
	it('keeps temperature within 0–100', () => {
		const doc = new Y.Doc();
		createPosition(doc, 'pos');
		expect(dealTemperature(doc)).toBe(50);
		setPositionField(doc, 'pos', 'temperature', 140);
		expect(dealTemperature(doc)).toBe(100);
	});
});
