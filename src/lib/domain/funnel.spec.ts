import { describe, expect, it } from 'vitest';
import { DEFAULT_WIN_RATES, dealFlow, funnelCapacity, leads, stageWinRates, weightedForecast, type FunnelDeal } from './funnel.ts';

const deal = (id: string, patch: Partial<FunnelDeal>): FunnelDeal => ({
	id,
	stage: 'opportunity',
	status: 'open',
	amount: 100,
	expectedCloseDate: '2027-01-15',
	stageEnteredAt: null,
	...patch
});

// History: 4 won at orderConfirmed, 2 lost at riskAssessment, 2 lost at opportunity.
const history: FunnelDeal[] = [
	...[1, 2, 3, 4].map((i) => deal(`w${i}`, { status: 'won', stage: 'orderConfirmed' })),
	deal('l1', { status: 'lost', stage: 'riskAssessment' }),
	deal('l2', { status: 'lost', stage: 'riskAssessment' }),
	deal('l3', { status: 'lost', stage: 'opportunity' }),
	deal('l4', { status: 'lost', stage: 'opportunity' })
];

const open: FunnelDeal[] = [
	deal('lead', { stage: 'lead', amount: 999 }),
	deal('a', { stage: 'opportunity', amount: 100, expectedCloseDate: '2027-01-10' }),
	deal('b', { stage: 'riskAssessment', amount: 300, expectedCloseDate: '2027-02-20' }),
	deal('c', { stage: 'orderConfirmed', amount: 200, expectedCloseDate: '2027-04-01' })
];

describe('stage win rates', () => {
	it('are the share won of the closed deals that reached each stage', () => {
		const { rates, samples, fromHistory } = stageWinRates(history, DEFAULT_WIN_RATES);
		expect(samples.opportunity).toBe(8);
		expect(rates.opportunity).toBeCloseTo(4 / 8);
		expect(samples.riskAssessment).toBe(6);
		expect(rates.riskAssessment).toBeCloseTo(4 / 6);
		expect(fromHistory.riskAssessment).toBe(true);
	});

	it('fall back to the workspace’s rates where history is too thin', () => {
		const { rates, fromHistory } = stageWinRates(history, DEFAULT_WIN_RATES);
		expect(fromHistory.orderConfirmed).toBe(false); // 4 closed deals reached it, fewer than 5
		expect(rates.orderConfirmed).toBe(DEFAULT_WIN_RATES.orderConfirmed);
	});
});

describe('funnel', () => {
	const { rates } = stageWinRates(history, DEFAULT_WIN_RATES);

	it('counts capacity per funnel stage and keeps leads above it', () => {
		const capacity = funnelCapacity([...history, ...open], rates);
		expect(capacity.map((c) => c.stage)).not.toContain('lead');
		expect(capacity.find((c) => c.stage === 'riskAssessment')).toEqual({ stage: 'riskAssessment', count: 1, amount: 300, weighted: 300 * (4 / 6) });
		expect(leads(open).map((d) => d.id)).toEqual(['lead']);
	});

	it('forecasts amount × win rate per month and per quarter, leads and closed deals excluded', () => {
		expect(weightedForecast([...history, ...open], rates, 'month')).toEqual([
			{ period: '2027-01', amount: 100, weighted: 50 },
			{ period: '2027-02', amount: 300, weighted: 200 },
			{ period: '2027-04', amount: 200, weighted: 180 }
		]);
		const quarters = weightedForecast(open, rates, 'quarter');
		expect(quarters.map((q) => q.period)).toEqual(['2027-Q1', '2027-Q2']);
		expect(quarters[0]!.weighted).toBeCloseTo(250);
	});
});

describe('deal flow since the last review', () => {
	const day = 86_400_000;
	it('says advanced, slipped back, stalled for N days, new or closed', () => {
		const now = Date.parse('2026-11-23T00:00:00Z');
		expect(dealFlow(deal('x', { stage: 'needsConfirmed' }), { stage: 'opportunity', status: 'open' }, now)).toEqual({ kind: 'advanced', from: 'opportunity', to: 'needsConfirmed' });
		expect(dealFlow(deal('x', { stage: 'opportunity' }), { stage: 'needsConfirmed', status: 'open' }, now)).toEqual({ kind: 'slipped', from: 'needsConfirmed', to: 'opportunity' });
		expect(dealFlow(deal('x', { stageEnteredAt: now - 12 * day - 5 }), { stage: 'opportunity', status: 'open' }, now)).toEqual({ kind: 'stalled', days: 12 });
		expect(dealFlow(deal('x', {}), undefined, now)).toEqual({ kind: 'new' });
		expect(dealFlow(deal('x', { status: 'won' }), { stage: 'opportunity', status: 'open' }, now)).toEqual({ kind: 'closed', status: 'won' });
	});
});
