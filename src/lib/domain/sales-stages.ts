import type { Localized } from './localized.ts';

/** How the customer buys: four buying stages (Rackham). */
export const BUYER_STAGES = ['needRecognition', 'evaluation', 'decision', 'implementation'] as const;
export type BuyerStage = (typeof BUYER_STAGES)[number];

/** How we sell, aligned to how they buy: seven sales stages. */
export const SALES_STAGES = [
	'lead',
	'opportunity',
	'needsConfirmed',
	'customerAcceptance',
	'solutionConfirmed',
	'riskAssessment',
	'orderConfirmed'
] as const;
export type SalesStage = (typeof SALES_STAGES)[number];

export interface BuyerStageInfo {
	name: Localized;
	/** What the buyer cares about most in this stage. */
	caresAbout: Localized;
	salesStages: SalesStage[];
}

export const BUYER_STAGE_INFO: Record<BuyerStage, BuyerStageInfo> = {
	needRecognition: {
		name: { en: 'Need recognition', 'zh-CN': '需求形成 / 确认需求' },
		caresAbout: { en: 'Defining the right need; cost comes second.', 'zh-CN': '确定正确的需求;成本其次。' },
		salesStages: ['lead', 'opportunity', 'needsConfirmed']
	},
	evaluation: {
		name: { en: 'Evaluation of options', 'zh-CN': '方案评估' },
		caresAbout: { en: 'Which solution solves the problem; price matters least.', 'zh-CN': '哪个方案能解决问题;价格最不重要。' },
		salesStages: ['customerAcceptance', 'solutionConfirmed']
	},
	decision: {
		name: { en: 'Resolution of concerns / decision', 'zh-CN': '解决疑虑 / 采购决策' },
		caresAbout: { en: 'Lowering the risk of the decision.', 'zh-CN': '降低决策的风险。' },
		salesStages: ['riskAssessment', 'orderConfirmed']
	},
	implementation: {
		name: { en: 'Implementation', 'zh-CN': '实施安装' },
		caresAbout: { en: 'Did the purchase deliver what was promised.', 'zh-CN': '采购是否兑现了承诺。' },
		salesStages: []
	}
};

export interface SalesStageInfo {
	name: Localized;
	buyerStage: BuyerStage;
	/** Leads stand above the funnel, not in it. */
	inFunnel: boolean;
	whatToDo: Localized;
	mistakes: Localized;
}

const NEED = 'needRecognition';
export const SALES_STAGE_INFO: Record<SalesStage, SalesStageInfo> = {
	lead: {
		name: { en: 'Lead', 'zh-CN': '销售线索' },
		buyerStage: NEED,
		inFunnel: false,
		whatToDo: { en: 'Find out whether there is a real need, a budget and a key person.', 'zh-CN': '弄清是否有真实需求、预算和关键人。' },
		mistakes: { en: 'Treating every lead as an opportunity.', 'zh-CN': '把每条线索都当作商机。' }
	},
	opportunity: {
		name: { en: 'Opportunity', 'zh-CN': '挖掘商机' },
		buyerStage: NEED,
		inFunnel: true,
		whatToDo: { en: 'Uncover the pains of each role and help the customer state the need.', 'zh-CN': '挖掘各角色的痛点,帮助客户说清需求。' },
		mistakes: { en: 'Demoing or quoting before the need is confirmed.', 'zh-CN': '需求确认之前就演示或报价。' }
	},
	needsConfirmed: {
		name: { en: 'Needs confirmed', 'zh-CN': '需求确认' },
		buyerStage: NEED,
		inFunnel: true,
		whatToDo: { en: 'Get the customer to confirm the need, its value and the decision process.', 'zh-CN': '让客户确认需求、价值和决策流程。' },
		mistakes: { en: 'Writing the requirements for the customer instead of with them.', 'zh-CN': '替客户而不是和客户一起写需求。' }
	},
	customerAcceptance: {
		name: { en: 'Customer acceptance', 'zh-CN': '客户认可' },
		buyerStage: 'evaluation',
		inFunnel: true,
		whatToDo: { en: 'Show how our solution solves their problem; shape the evaluation criteria.', 'zh-CN': '展示我们的方案如何解决问题;影响评估标准。' },
		mistakes: { en: 'Competing on price while the buyer still compares solutions.', 'zh-CN': '客户还在比较方案时就打价格战。' }
	},
	solutionConfirmed: {
		name: { en: 'Solution confirmed', 'zh-CN': '方案确认' },
		buyerStage: 'evaluation',
		inFunnel: true,
		whatToDo: { en: 'Have every key role confirm the solution; present it to each of them.', 'zh-CN': '让每个关键角色确认方案;逐一汇报。' },
		mistakes: { en: 'Presenting only to the person who likes us.', 'zh-CN': '只向支持我们的人汇报。' }
	},
	riskAssessment: {
		name: { en: 'Risk assessment', 'zh-CN': '风险评估' },
		buyerStage: 'decision',
		inFunnel: true,
		whatToDo: { en: 'Find and resolve each concern: references, guarantees, a pilot.', 'zh-CN': '找出并化解每个疑虑:案例、保障、试点。' },
		mistakes: { en: 'Pushing price cuts while the buyer is resolving concerns.', 'zh-CN': '客户在解决疑虑时一味降价。' }
	},
	orderConfirmed: {
		name: { en: 'Order confirmed', 'zh-CN': '订单确认' },
		buyerStage: 'decision',
		inFunnel: true,
		whatToDo: { en: 'Close the contract, then plan delivery with the customer.', 'zh-CN': '签订合同,然后和客户一起规划交付。' },
		mistakes: { en: 'Vanishing after the order is signed.', 'zh-CN': '签单之后就消失。' }
	}
};

/** One exit criterion of a sales stage. */
export interface ExitCriterion {
	id: string;
	stage: SalesStage;
	text: Localized;
	/** Required items must be done before the deal leaves the stage. */
	required: boolean;
	/** Only progress the customer confirmed moves a deal. */
	needsCustomerConfirmation: boolean;
}

/** Whether an item is ticked, and who confirmed what. */
export interface CriterionState {
	done: boolean;
	doneBy?: string | null;
	doneAt?: number | null;
	customerConfirmed: boolean;
}

/** An item counts when ticked and, if it needs it, confirmed by the customer. */
export function criterionMet(criterion: ExitCriterion, state: CriterionState | undefined): boolean {
	if (!state?.done) return false;
	return !criterion.needsCustomerConfirmation || state.customerConfirmed;
}

/**
 * The current stage: the first stage whose required exit criteria are not all met. A deal
 * whose every stage is complete stands at the last one.
 */
export function currentSalesStage(criteria: ExitCriterion[], states: Record<string, CriterionState>): SalesStage {
	for (const stage of SALES_STAGES) {
		const required = criteria.filter((c) => c.stage === stage && c.required);
		if (!required.every((c) => criterionMet(c, states[c.id]))) return stage;
	}
	return SALES_STAGES[SALES_STAGES.length - 1]!;
}

/** The three things that make an opportunity real (else a pseudo-opportunity, 伪商机). */
export interface OpportunityQualification {
	statedNeed: boolean;
	budget: boolean;
	keyPerson: boolean;
}

/** What is missing for the opportunity to be real; empty when it is. */
export function pseudoOpportunityGaps(q: OpportunityQualification): (keyof OpportunityQualification)[] {
	return (['statedNeed', 'budget', 'keyPerson'] as const).filter((k) => !q[k]);
}

export const QUALIFICATION_TEXT: Record<keyof OpportunityQualification, Localized> = {
	statedNeed: { en: 'A need the customer can state', 'zh-CN': '客户能说清的需求' },
	budget: { en: 'A budget in place, or nearly', 'zh-CN': '预算已到位或即将到位' },
	keyPerson: { en: 'The key person found', 'zh-CN': '已找到关键人' }
};
