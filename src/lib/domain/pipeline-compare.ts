import { SALES_STAGES, type SalesStage } from './sales-stages.ts';

/** A deal as a review snapshot keeps it. */
export interface SnapshotDeal {
	id: string;
	title: string;
	stage: SalesStage | null;
	status: 'open' | 'won' | 'lost';
	amount: number;
	expectedCloseDate: string | null;
	ownerId: string;
	/** Nine questions answered (absent in reviews saved before it was kept). */
	nineScore?: number | null;
}

export interface PipelineChange {
	deal: SnapshotDeal;
	before: SnapshotDeal | null;
	kind: 'added' | 'advanced' | 'slipped' | 'won' | 'lost' | 'removed' | 'amount' | 'date' | 'questions';
}

const rank = (stage: SalesStage | null) => (stage ? SALES_STAGES.indexOf(stage) : -1);

/**
 * What changed between a saved review and now: deals added, moved forward or back, won, lost,
 * or gone, and open deals whose amount, close date or nine-question score moved. Unchanged deals
 * are left out.
 */
export function comparePipelines(before: SnapshotDeal[], now: SnapshotDeal[]): PipelineChange[] {
	const old = new Map(before.map((d) => [d.id, d]));
	const changes: PipelineChange[] = [];
	for (const deal of now) {
		const was = old.get(deal.id) ?? null;
		old.delete(deal.id);
		if (!was) {
			if (deal.status === 'open') changes.push({ deal, before: null, kind: 'added' });
			continue;
		}
		if (was.status === 'open' && deal.status !== 'open') changes.push({ deal, before: was, kind: deal.status });
		else if (deal.status !== 'open') continue;
		else if (rank(deal.stage) > rank(was.stage)) changes.push({ deal, before: was, kind: 'advanced' });
		else if (rank(deal.stage) < rank(was.stage)) changes.push({ deal, before: was, kind: 'slipped' });
		else if (deal.amount !== was.amount) changes.push({ deal, before: was, kind: 'amount' });
		else if (deal.expectedCloseDate !== was.expectedCloseDate) changes.push({ deal, before: was, kind: 'date' });
		// "3 → 6 answered since last review" (a review saved before scores were kept says nothing).
		else if (was.nineScore != null && deal.nineScore != null && deal.nineScore !== was.nineScore) changes.push({ deal, before: was, kind: 'questions' });
	}
	for (const was of old.values()) if (was.status === 'open') changes.push({ deal: was, before: was, kind: 'removed' });
	return changes;
}

/** Totals of a pipeline: open deals and their amount. */
export function pipelineTotals(deals: SnapshotDeal[]): { count: number; amount: number } {
	const open = deals.filter((d) => d.status === 'open');
	return { count: open.length, amount: open.reduce((s, d) => s + d.amount, 0) };
}
