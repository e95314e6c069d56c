import type { ExitCriterion, SalesStage } from './sales-stages.ts';

const c = (
	id: string,
	stage: SalesStage,
	en: string,
	zh: string,
	needsCustomerConfirmation = false,
	required = true
): ExitCriterion => ({ id, stage, text: { en, 'zh-CN': zh }, required, needsCustomerConfirmation });

/** The default exit criteria; a workspace edits its own copy for its industry. */
export const DEFAULT_EXIT_CRITERIA: ExitCriterion[] = [
	c('lead-contact', 'lead', 'First conversation held with the customer', '与客户进行了首次沟通'),
	c('opp-need', 'opportunity', 'The customer states a need in their own words', '客户用自己的话说出了需求', true),
	c('opp-budget', 'opportunity', 'Budget in place or nearly', '预算已到位或即将到位', true),
	c('opp-key-person', 'opportunity', 'Key person identified and met', '已找到并拜访关键人'),
	c('need-pains', 'needsConfirmed', 'Pains of each key role written down', '已记录各关键角色的痛点'),
	c('need-confirmed', 'needsConfirmed', 'Customer confirmed the need and its value', '客户确认了需求及其价值', true),
	c('need-process', 'needsConfirmed', 'Decision process and timeline known', '已了解决策流程和时间表', true),
	c('acc-criteria', 'customerAcceptance', 'Evaluation criteria shaped with the customer', '与客户共同确定了评估标准', true),
	c('acc-demo', 'customerAcceptance', 'Solution shown to the user and technical buyers', '已向使用者和技术把关者展示方案'),
	c('sol-confirmed', 'solutionConfirmed', 'Each key role confirmed the solution', '每个关键角色都确认了方案', true),
	c('sol-proposal', 'solutionConfirmed', 'Proposal presented to the economic buyer', '已向决策者汇报方案'),
	c('risk-concerns', 'riskAssessment', 'Every open concern answered', '所有疑虑都已解答', true),
	c('risk-references', 'riskAssessment', 'Reference customer visited or called', '已拜访或联系参考客户', false, false),
	c('order-signed', 'orderConfirmed', 'Contract signed', '合同已签署', true),
	c('order-kickoff', 'orderConfirmed', 'Delivery kickoff planned with the customer', '已与客户规划交付启动', true)
];
