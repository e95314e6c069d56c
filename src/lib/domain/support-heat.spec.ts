import { describe, expect, it } from 'vitest';
import type { SupportEvent } from './role-row.ts';
import { cellDanger, cellSafety, supportTimeline } from './support-heat.ts';

const ev = (personId: string, to: number, iso: string): SupportEvent => ({ personId, from: null, to, at: Date.parse(iso), by: 'u', note: '' });

describe('heatmap cells', () => {
	it('are most dangerous at key influence and strong opposition, safe when supportive or powerless', () => {
		expect(cellDanger(2, -2, 'five')).toBe(1);
		expect(cellDanger(1, -1, 'five')).toBe(0.25);
		expect(cellDanger(0, -2, 'five')).toBe(0);
		expect(cellDanger(2, 1, 'five')).toBe(0);
		expect(cellSafety(2, 5, 'eleven')).toBe(1);
		expect(cellSafety(2, -1, 'five')).toBe(0);
	});
});

describe('support timeline', () => {
	const events = [
		ev('chen', 0, '2026-08-03T09:00:00Z'),
		ev('fang', -1, '2026-08-03T15:00:00Z'),
		ev('chen', -1, '2026-09-14T10:00:00Z'),
		ev('fang', -2, '2026-09-14T11:00:00Z'),
		ev('chen', 1, '2026-09-20T10:00:00Z')
	];

	it('has one column per day with a change, carrying values forward', () => {
		const t = supportTimeline([{ id: 'chen' }, { id: 'fang' }, { id: 'liang' }], events);
		expect(t.columns.map((c) => new Date(c.at).toISOString().slice(0, 10))).toEqual(['2026-08-03', '2026-09-14', '2026-09-20']);
		expect(t.cells).toEqual({ chen: [0, -1, 1], fang: [-1, -2, -2], liang: [null, null, null] });
	});

	it('has one column per change in change mode, whatever the order events arrive in', () => {
		const t = supportTimeline([{ id: 'chen' }], [...events].reverse(), 'change');
		expect(t.columns).toHaveLength(5);
		expect(t.cells.chen).toEqual([0, 0, -1, -1, 1]);
	});
});
