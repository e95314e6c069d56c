import { describe, expect, it } from 'vitest';
import { DEFAULT_EXIT_CRITERIA } from './exit-criteria-template.ts';
import {
	BUYER_STAGE_INFO,
	BUYER_STAGES,
	currentSalesStage,
	pseudoOpportunityGaps,
	SALES_STAGE_INFO,
	SALES_STAGES,
	type CriterionState,
	type ExitCriterion
} from './sales-stages.ts';

const done = (customerConfirmed = false): CriterionState => ({ done: true, customerConfirmed });
const tickAll = (criteria: ExitCriterion[], confirmed: boolean) =>
	Object.fromEntries(criteria.map((c) => [c.id, done(confirmed)]));

describe('stages', () => {
	it('align seven sales stages with the four buying stages, every sales stage once', () => {
		const aligned = BUYER_STAGES.flatMap((b) => BUYER_STAGE_INFO[b].salesStages);
		expect(aligned).toEqual([...SALES_STAGES]);
		for (const s of SALES_STAGES) expect(BUYER_STAGE_INFO[SALES_STAGE_INFO[s].buyerStage].salesStages).toContain(s);
		expect(SALES_STAGE_INFO.lead.inFunnel).toBe(false);
	});

	it('have guidance in both languages', () => {
		for (const s of SALES_STAGES) {
			for (const text of [SALES_STAGE_INFO[s].name, SALES_STAGE_INFO[s].whatToDo, SALES_STAGE_INFO[s].mistakes]) {
				expect(text.en && text['zh-CN'], s).toBeTruthy();
			}
		}
	});
});

describe('currentSalesStage', () => {
	const criteria = DEFAULT_EXIT_CRITERIA;

	it('is the first stage whose required items are not all done', () => {
		expect(currentSalesStage(criteria, {})).toBe('lead');
		expect(currentSalesStage(criteria, { 'lead-contact': done() })).toBe('opportunity');
		const throughOpportunity = tickAll(criteria.filter((c) => c.stage === 'lead' || c.stage === 'opportunity'), true);
		expect(currentSalesStage(criteria, throughOpportunity)).toBe('needsConfirmed');
	});

	it('does not count a ticked item that needs the customer’s confirmation until they confirm', () => {
		const ticked = tickAll(criteria.filter((c) => c.stage === 'lead' || c.stage === 'opportunity'), false);
		expect(currentSalesStage(criteria, ticked)).toBe('opportunity');
		ticked['opp-need'] = done(true);
		ticked['opp-budget'] = done(true);
		expect(currentSalesStage(criteria, ticked)).toBe('needsConfirmed');
	});

	it('ignores optional items, and stays at the last stage when everything is done', () => {
		const required = criteria.filter((c) => c.required);
		expect(currentSalesStage(criteria, tickAll(required, true))).toBe('orderConfirmed');
		const withoutOptional = tickAll(required.filter((c) => c.stage !== 'orderConfirmed'), true);
		expect(currentSalesStage(criteria, withoutOptional)).toBe('orderConfirmed');
		expect(criteria.some((c) => !c.required && c.stage === 'riskAssessment')).toBe(true);
	});

	it('follows a workspace’s own criteria', () => {
		const own: ExitCriterion[] = [
			{ id: 'x', stage: 'lead', text: { en: 'x', 'zh-CN': 'x' }, required: true, needsCustomerConfirmation: false },
			{ id: 'y', stage: 'customerAcceptance', text: { en: 'y', 'zh-CN': 'y' }, required: true, needsCustomerConfirmation: true }
		];
		expect(currentSalesStage(own, { x: done() })).toBe('customerAcceptance');
		expect(currentSalesStage(own, { x: done(), y: done(true) })).toBe('orderConfirmed');
	});
});

describe('pseudo-opportunity check', () => {
	it('needs a stated need, a budget and the key person', () => {
		expect(pseudoOpportunityGaps({ statedNeed: true, budget: true, keyPerson: true })).toEqual([]);
		expect(pseudoOpportunityGaps({ statedNeed: true, budget: false, keyPerson: false })).toEqual(['budget', 'keyPerson']);
		expect(pseudoOpportunityGaps({ statedNeed: false, budget: true, keyPerson: true })).toEqual(['statedNeed']);
	});
});
