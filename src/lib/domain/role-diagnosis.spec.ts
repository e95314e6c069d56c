import { describe, expect, it } from 'vitest';
import { blankRoleRow, type RoleRow } from './role-row.ts';
import { referenceScenario } from './reference-scenario.ts';
import {
	decisionMakerAlone,
	diagnoseRoles,
	hasNoCoach,
	hasNoEconomicBuyer,
	keyInfluencersOpposed,
	singleThreaded,
	unknownRows,
	weightedSupport
} from './role-diagnosis.ts';

const row = (id: string, patch: Partial<RoleRow>): RoleRow => ({ ...blankRoleRow(id, id), ...patch });

describe('role diagnosis rules', () => {
	it('weighs support by influence, over the scale maximum', () => {
		const rows = [row('a', { influence: 2, support: 2 }), row('b', { influence: 1, support: -2 })];
		expect(weightedSupport(rows, 'five')).toBeCloseTo((4 - 2) / (4 + 2));
		expect(weightedSupport([row('c', { influence: 2, support: 5 })], 'eleven')).toBe(1);
		// Influence 0 counts for nothing, blanks are left out, nobody rated gives null.
		expect(weightedSupport([row('d', { influence: 0, support: -2 })], 'five')).toBeNull();
		expect(weightedSupport([row('e', { influence: 2 })], 'five')).toBeNull();
	});

	it('flags a key influencer who opposes us, and only key ones', () => {
		const rows = [row('key', { influence: 2, support: -1 }), row('some', { influence: 1, support: -2 }), row('fan', { influence: 2, support: 1 })];
		expect(keyInfluencersOpposed(rows)).toEqual(['key']);
	});

	it('flags no coach unless a Coach supports us', () => {
		expect(hasNoCoach([row('c', { role: 'Coach', support: 0 })])).toBe(true);
		expect(hasNoCoach([row('c', { role: 'Coach', support: 1 })])).toBe(false);
		expect(hasNoCoach([row('e', { role: 'EB', support: 2 })])).toBe(true);
	});

	it('flags a missing economic buyer', () => {
		expect(hasNoEconomicBuyer([row('u', { role: 'UB' })])).toBe(true);
		expect(hasNoEconomicBuyer([row('e', { role: 'EB' })])).toBe(false);
	});

	it('flags a decision maker alone: a supportive EB with an influential UB or TB opposed', () => {
		const eb = row('eb', { role: 'EB', influence: 2, support: 1 });
		const tb = row('tb', { role: 'TB', influence: 1, support: -1 });
		expect(decisionMakerAlone([eb, tb])).toEqual(['tb']);
		expect(decisionMakerAlone([{ ...eb, support: 0 }, tb])).toEqual([]);
		expect(decisionMakerAlone([eb, { ...tb, influence: 0 }])).toEqual([]);
		expect(decisionMakerAlone([eb, row('coach', { role: 'Coach', influence: 2, support: -2 })])).toEqual([]);
	});

	it('flags single-threaded when at most one person supports us', () => {
		expect(singleThreaded([row('a', { support: 2 }), row('b', { support: 0 })])).toEqual(['a']);
		expect(singleThreaded([row('a', { support: 2 }), row('b', { support: 1 })])).toBeNull();
	});

	it('lists rows with blank influence or support as unknown', () => {
		expect(unknownRows([row('a', { influence: 1 }), row('b', { support: 1 }), row('c', { influence: 1, support: 1 })])).toEqual(['a', 'b']);
	});
});

describe('the reference scenario (梁总, 孙经理, 陈经理, 方总)', () => {
	const rows = referenceScenario();
	const diagnosis = diagnoseRoles(rows, 'five');

	it('flags exactly decision maker alone and key influencer opposed, for 陈经理 and 方总', () => {
		expect(diagnosis.flags.map((f) => f.kind).sort()).toEqual(['decisionMakerAlone', 'keyInfluencerOpposed']);
		for (const flag of diagnosis.flags) expect(flag.personIds.sort()).toEqual(['chen', 'fang']);
	});

	it('has slightly negative weighted support despite the EB loving the proposal', () => {
		expect(diagnosis.weightedSupport).toBeCloseTo((4 + 1 - 2 - 4) / 14);
	});

	it('clears both flags once 陈经理 and 方总 come round', () => {
		const after = rows.map((r) => (r.id === 'chen' || r.id === 'fang' ? { ...r, support: 1 } : r));
		expect(diagnoseRoles(after, 'five').flags).toEqual([]);
	});
});
