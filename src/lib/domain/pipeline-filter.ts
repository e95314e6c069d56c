import type { SalesStage } from './sales-stages.ts';

/** The pipeline's filters: the page applies them as the user picks, the CSV export the same way. */
export interface PipelineFilter {
	owner: string;
	stage: SalesStage | '';
}

/** Open deals that pass the filters (an empty filter passes everything). */
export function shownDeals<T extends { status: string; ownerId: string; stage: SalesStage | null }>(deals: T[], filter: PipelineFilter): T[] {
	return deals.filter((d) => d.status === 'open' && (!filter.owner || d.ownerId === filter.owner) && (!filter.stage || d.stage === filter.stage));
}
