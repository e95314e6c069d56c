import { localized as t, type Localized } from './localized.ts';

/**
 * The resources plan and competition blocks: their kinds and statuses, their texts, and the
 * article's guidance on resources and competitors (`../shared/seeds/002_…`). Apart from the nine
 * questions, which read them, so that a deal page carries these and not the questions' review.
 */

/** A resource we bring (resources plan block): who or what, for whom on the buyer side, when, their win. */
export const RESOURCE_KINDS = ['expert', 'industrySpecialist', 'manager', 'executive', 'partner', 'reference'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export const RESOURCE_STATUSES = ['planned', 'asked', 'confirmed', 'done'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];
export interface ResourceItem {
	id: string;
	kind: ResourceKind | null;
	/** Who: "our CTO", "Acme (reference customer)". */
	who: string;
	/** The role-table row of the buyer-side person it is for. */
	forPersonId: string | null;
	/** YYYY-MM-DD */
	when: string | null;
	/** What the resource itself gets out of it: a resource used without its own win does not come twice. */
	theirWin: string;
	status: ResourceStatus;
}

/** A competitor in the deal (competition block). */
export const HOME_COURTS = ['theirs', 'ours', 'neutral'] as const;
export type HomeCourt = (typeof HOME_COURTS)[number];
export interface Competitor {
	id: string;
	name: string;
	homeCourt: HomeCourt | null;
	/** The customer uses this competitor to push our price down. */
	pricePressure: boolean;
	/** A tender (RFP) we are invited to, and whether we shaped its requirements. */
	tender: 'none' | 'shaped' | 'notShaped';
	notes: string;
}

/**
 * The resources and competitors a workspace often brings or meets, kept in its template (like
 * the exit criteria) and offered in one click by each deal's resources plan and competition.
 */
export interface WorkspaceCatalog {
	resources: { kind: ResourceKind | null; who: string }[];
	competitors: string[];
}
export const EMPTY_CATALOG: WorkspaceCatalog = { resources: [], competitors: [] };

export const RESOURCE_GUIDANCE = t(
	'A resource must fit this customer, know and value the customer, get a win of its own, and trust us (and we it).',
	'资源一定要适用;资源对客户要有认识和重视;关注资源的“赢”;与资源互信。'
);

export const RESOURCE_TEXT: Record<ResourceKind, Localized> = {
	expert: t('Expert', '专业顾问'),
	industrySpecialist: t('Industry specialist', '行业专家'),
	manager: t('Our manager', '销售上司'),
	executive: t('Our executive', '公司高管'),
	partner: t('Partner', '合作伙伴'),
	reference: t('Reference customer', '样板客户')
};

export const RESOURCE_STATUS_TEXT: Record<ResourceStatus, Localized> = {
	planned: t('Planned', '计划中'),
	asked: t('Asked', '已邀请'),
	confirmed: t('Confirmed', '已确认'),
	done: t('Done', '已完成')
};

export const HOME_COURT_TEXT: Record<HomeCourt, Localized> = {
	theirs: t('Their home court', '对手主场'),
	ours: t('Our home court', '我方主场'),
	neutral: t('Neutral', '中立')
};

export const TENDERS = ['none', 'shaped', 'notShaped'] as const;
export const TENDER_TEXT: Record<Competitor['tender'], Localized> = {
	none: t('No tender', '没有招标'),
	shaped: t('A tender we shaped', '我们影响过的招标'),
	notShaped: t('A tender we did not shape', '我们没有影响过的招标')
};

export const COMPETITION_GUIDANCE = {
	theirs: t('Their home court: meet more people in the customer’s organisation, learn their different needs; never undercut on price — start from helping the customer.', '竞争对手主场:在客户机构和更多人接触,了解不同的需求;不要低价搅局,多从帮助客户出发。'),
	ours: t('Our home court: watch for change, and for what a change could do to us.', '自己主场:关注变化,警惕变化的影响。'),
	price: t('Price pressure: make value and price match; deep cuts are no answer.', '客户杀价:让价值与价格对等,大幅杀价不可取。'),
	tender: t('Invited to a tender we did not shape: without enough understanding, do not take part — decline politely, with respect.', '客户邀请竞标:没有充分了解,不要参与;不去,请礼貌回复,尊重客户。')
};

/** The article's responses to one competitor's situation, in the order the guidance lists them. */
export function competitorResponses(c: Competitor): Localized[] {
	const out: Localized[] = [];
	if (c.homeCourt === 'theirs') out.push(COMPETITION_GUIDANCE.theirs);
	if (c.homeCourt === 'ours') out.push(COMPETITION_GUIDANCE.ours);
	if (c.pricePressure) out.push(COMPETITION_GUIDANCE.price);
	if (c.tender === 'notShaped') out.push(COMPETITION_GUIDANCE.tender);
	return out;
}
