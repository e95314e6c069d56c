import type { RoleRow, SupportEvent } from './role-row.ts';
import { normalizeSupport, type SupportScale } from './support-scale.ts';

/**
 * How dangerous a heatmap cell is, in [0, 1]: high influence and opposed is most dangerous;
 * low influence or supportive is safe (0).
 */
export function cellDanger(influence: number, support: number, scale: SupportScale): number {
	const opposition = Math.max(0, -normalizeSupport(support, scale));
	return (influence / 2) * opposition;
}

/** How safe a cell is, in [0, 1]: supportive people with influence. */
export function cellSafety(influence: number, support: number, scale: SupportScale): number {
	return Math.max(0, normalizeSupport(support, scale)) * (0.5 + influence / 4);
}

export interface TimelineColumn {
	key: string;
	/** Start of the column: the day (UTC midnight) or the change's own time. */
	at: number;
}

export interface SupportTimeline {
	columns: TimelineColumn[];
	/** Per person, their support at the end of each column (null while unknown). */
	cells: Record<string, (number | null)[]>;
}

const dayKey = (at: number) => new Date(at).toISOString().slice(0, 10);

/**
 * People × dates from recorded support changes: one column per day with a change ('day'),
 * or per change ('change'); each cell holds the support at the end of that column, carried
 * forward from earlier changes.
 */
export function supportTimeline(rows: Pick<RoleRow, 'id'>[], events: SupportEvent[], mode: 'day' | 'change' = 'day'): SupportTimeline {
	const sorted = [...events].sort((a, b) => a.at - b.at);
	const columns: TimelineColumn[] = [];
	const columnOf: number[] = [];
	for (const e of sorted) {
		const key = mode === 'day' ? dayKey(e.at) : `${e.at}:${columnOf.length}`;
		if (columns.at(-1)?.key !== key) {
			columns.push({ key, at: mode === 'day' ? Date.parse(`${key}T00:00:00Z`) : e.at });
		}
		columnOf.push(columns.length - 1);
	}
	const cells: Record<string, (number | null)[]> = {};
	for (const row of rows) {
		const values: (number | null)[] = [];
		let current: number | null = null;
		let next = 0;
		for (let c = 0; c < columns.length; c++) {
			for (; next < sorted.length && columnOf[next] === c; next++) {
				if (sorted[next]!.personId === row.id) current = sorted[next]!.to;
			}
			values.push(current);
		}
		cells[row.id] = values;
	}
	return { columns, cells };
}
