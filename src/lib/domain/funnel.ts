import { SALES_STAGE_INFO, SALES_STAGES, type SalesStage } from './sales-stages.ts';

/** What the funnel needs of a deal. */
export interface FunnelDeal {
	id: string;
	stage: SalesStage | null;
	status: 'open' | 'won' | 'lost';
	amount: number;
	/** YYYY-MM-DD */
	expectedCloseDate: string | null;
	/** Milliseconds since the epoch. */
	stageEnteredAt: number | null;
}

export type WinRates = Record<SalesStage, number>;

const rank = (stage: SalesStage) => SALES_STAGES.indexOf(stage);
export const FUNNEL_STAGES = SALES_STAGES.filter((s) => SALES_STAGE_INFO[s].inFunnel);

export interface WinRateEstimate {
	rates: WinRates;
	/** Closed deals behind each stage's rate; below `minSample` the fallback was used. */
	samples: Record<SalesStage, number>;
	fromHistory: Record<SalesStage, boolean>;
}

/**
 * The stage win rate (斜率): of the closed deals that reached a stage, the share that were won.
 * A deal closed at stage k reached every stage up to k. With fewer than `minSample` closed deals
 * behind a stage, the workspace's own (editable) rate is used instead.
 */
export function stageWinRates(deals: FunnelDeal[], fallback: WinRates, minSample = 5): WinRateEstimate {
	const closed = deals.filter((d) => d.status !== 'open' && d.stage);
	const rates = {} as WinRates;
	const samples = {} as Record<SalesStage, number>;
	const fromHistory = {} as Record<SalesStage, boolean>;
	for (const stage of SALES_STAGES) {
		const reached = closed.filter((d) => rank(d.stage!) >= rank(stage));
		const won = reached.filter((d) => d.status === 'won').length;
		samples[stage] = reached.length;
		fromHistory[stage] = reached.length >= minSample;
		rates[stage] = fromHistory[stage] ? won / reached.length : fallback[stage];
	}
	return { rates, samples, fromHistory };
}

export interface StageCapacity {
	stage: SalesStage;
	count: number;
	amount: number;
	weighted: number;
}

/** Open deals per funnel stage (容量): count, amount and amount weighted by the win rate. Leads stay out. */
export function funnelCapacity(deals: FunnelDeal[], rates: WinRates): StageCapacity[] {
	return FUNNEL_STAGES.map((stage) => {
		const here = deals.filter((d) => d.status === 'open' && d.stage === stage);
		const amount = here.reduce((sum, d) => sum + d.amount, 0);
		return { stage, count: here.length, amount, weighted: amount * rates[stage] };
	});
}

/** Open deals still at the lead stage: shown above the funnel, not in it. */
export function leads(deals: FunnelDeal[]): FunnelDeal[] {
	return deals.filter((d) => d.status === 'open' && d.stage === 'lead');
}

export type Period = 'month' | 'quarter';

export function periodKey(isoDate: string, period: Period): string {
	const [y, m] = isoDate.split('-').map(Number) as [number, number];
	return period === 'month' ? `${y}-${String(m).padStart(2, '0')}` : `${y}-Q${Math.ceil(m / 3)}`;
}

/** The weighted forecast (预测) per month or quarter of expected close: Σ amount × win rate. */
export function weightedForecast(deals: FunnelDeal[], rates: WinRates, period: Period): { period: string; amount: number; weighted: number }[] {
	const byPeriod = new Map<string, { amount: number; weighted: number }>();
	for (const d of deals) {
		if (d.status !== 'open' || !d.stage || !SALES_STAGE_INFO[d.stage].inFunnel || !d.expectedCloseDate) continue;
		const key = periodKey(d.expectedCloseDate, period);
		const entry = byPeriod.get(key) ?? { amount: 0, weighted: 0 };
		entry.amount += d.amount;
		entry.weighted += d.amount * rates[d.stage];
		byPeriod.set(key, entry);
	}
	return [...byPeriod.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, v]) => ({ period: p, ...v }));
}

export type Flow =
	| { kind: 'new' }
	| { kind: 'advanced'; from: SalesStage; to: SalesStage }
	| { kind: 'slipped'; from: SalesStage; to: SalesStage }
	| { kind: 'stalled'; days: number }
	| { kind: 'closed'; status: 'won' | 'lost' };

const DAY = 86_400_000;

/** How a deal moved since a review snapshot (订单状态): advanced, slipped back, or stalled N days. */
export function dealFlow(now: FunnelDeal, before: Pick<FunnelDeal, 'stage' | 'status'> | undefined, at: number): Flow {
	if (now.status !== 'open') return { kind: 'closed', status: now.status };
	if (!before || !before.stage || !now.stage) return { kind: 'new' };
	if (rank(now.stage) > rank(before.stage)) return { kind: 'advanced', from: before.stage, to: now.stage };
	if (rank(now.stage) < rank(before.stage)) return { kind: 'slipped', from: before.stage, to: now.stage };
	return { kind: 'stalled', days: now.stageEnteredAt === null ? 0 : Math.max(0, Math.floor((at - now.stageEnteredAt) / DAY)) };
}

/** Rates to fall back on when history is thin; a workspace edits its own. */
export const DEFAULT_WIN_RATES: WinRates = {
	lead: 0.05,
	opportunity: 0.1,
	needsConfirmed: 0.2,
	customerAcceptance: 0.35,
	solutionConfirmed: 0.5,
	riskAssessment: 0.7,
	orderConfirmed: 0.9
};
