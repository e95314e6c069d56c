import { BUYING_ROLE_INFO, BUYING_ROLES, RESPONSE_MODE_LABELS, type BuyingRole, type ResponseMode } from './buying-roles.ts';
import { localized as t, type Localized } from './localized.ts';
import type { CompetitivePosition, SalesObjective, Urgency } from './position.ts';
import type { RoleRow } from './role-row.ts';
import { SALES_STAGE_INFO, type BuyerStage, type SalesStage } from './sales-stages.ts';
import { COMPETITION_GUIDANCE, competitorResponses, RESOURCE_GUIDANCE, RESOURCE_TEXT, type Competitor, type ResourceItem } from './resources-competition.ts';

export * from './resources-competition.ts';

/**
 * The nine questions (赢单九问) a seller must be able to answer about a large deal, each answered
 * from what the deal room holds: a status, the facts found, what is missing, and what to do next,
 * with the article's own guidance (`../shared/seeds/002_…`). Pure: the page reads the Y.Doc into
 * this input and renders the answers; the pipeline stores the score.
 */

export const QUESTION_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
export type QuestionStatus = 'answered' | 'partly' | 'missing';

export const QUESTION_TEXT: Record<QuestionId, Localized> = {
	1: { en: 'What does the customer want?', 'zh-CN': '客户究竟要什么?' },
	2: { en: 'Where do we stand?', 'zh-CN': '我的位置在哪里?' },
	3: { en: 'Who are the key people?', 'zh-CN': '如何识别关键人?' },
	4: { en: 'How does the customer rate us?', 'zh-CN': '客户如何评价我?' },
	5: { en: 'Who decides, now?', 'zh-CN': '究竟是谁说了算?' },
	6: { en: 'What is each of them after: for the organisation, and personally?', 'zh-CN': '客户到底想要什么?' },
	7: { en: 'How do we approach each key person?', 'zh-CN': '如何应对关键人?' },
	8: { en: 'How do we use our resources?', 'zh-CN': '如何有效的使用资源?' },
	9: { en: 'What do we do about the competition?', 'zh-CN': '面对竞争怎么办?' }
};

export interface NineQuestionsInput {
	rows: RoleRow[];
	stage: SalesStage | null;
	position: { urgency: Urgency | null; competitive: CompetitivePosition | null; temperature: number | null };
	objective: SalesObjective | null;
	/** Null when the deal has no resources plan block (older deals). */
	resources: ResourceItem[] | null;
	/** Null when the deal has no competition block. */
	competitors: Competitor[] | null;
	/** Competitor names the pull-back plan says shaped a stage of the buying chain. */
	shapedBy: string[];
}

export interface QuestionAnswer {
	id: QuestionId;
	status: QuestionStatus;
	/** What the room says. */
	facts: Localized[];
	/** What is missing, by name where a person is concerned. */
	gaps: Localized[];
	/** What to do next. */
	next: Localized[];
}

const statusOf = (done: number, of: number): QuestionStatus => (of > 0 && done === of ? 'answered' : done > 0 ? 'partly' : 'missing');
const filled = (s: string) => s.trim() !== '';
const label = (r: RoleRow) => r.name.trim() || '—';

/** The people who matter: those with a buying role or some influence (everyone, if nobody is rated). */
export function keyPeople(rows: RoleRow[]): RoleRow[] {
	const key = rows.filter((r) => r.role !== null || (r.influence ?? 0) >= 1);
	return key.length > 0 ? key : rows;
}

/** Participation in the decision per buying stage (the article's model): UB high → middle → low, TB middle → high → low, EB low → middle → high. */
export const PARTICIPATION: Record<Exclude<BuyingRole, 'Coach'>, Record<Exclude<BuyerStage, 'implementation'>, 'high' | 'middle' | 'low'>> = {
	UB: { needRecognition: 'high', evaluation: 'middle', decision: 'low' },
	TB: { needRecognition: 'middle', evaluation: 'high', decision: 'low' },
	EB: { needRecognition: 'low', evaluation: 'middle', decision: 'high' }
};

/** How to approach each buying role (布局 · 如何应对关键人). */
export const ROLE_GUIDANCE: Record<BuyingRole, Localized> = {
	EB: t(
		'Give every contact a proper reason and bring useful information in a short brief; if the EB is unknown, ask the coach, then verify; if someone blocks the way, help them win their boss’s trust.',
		'每次接触都要有“正当的理由”,提供“有用的信息”、准备“简报”;面对未知的EB,请教coach,推测并验证;被阻挡时,帮助阻挡者赢得老板的信任。'
	),
	TB: t(
		'Do not try to argue them round; show expertise that makes them look good in front of the boss. They choose on the EB’s behalf and block proposals when not respected.',
		'不要企图说服他的观点,会带来激辩;用专业展示让他脸上有光,赢得老板的欣赏。一般受EB委托来选型,会因未受尊重而阻碍提议。'
	),
	UB: t(
		'Take their needs and ideas seriously: the solution only creates value once they use it, and a user who feels heard becomes a supporter.',
		'重视使用者的需求和想法:方案只有在使用者应用之后才能为企业产生价值,他的想法被重视,就容易成为我们的支持者。'
	),
	Coach: t(
		'Have them verify what you hear and judge each key person’s influence and reaction; keep them out of sight. Advanced: two coaches, one visible and one hidden.',
		'请coach帮我们核实消息的真实性、完整性,评估关键人的影响力和反馈;尽量让coach少出面。进阶:两个coach,一个表面上的,一个深藏的,关键时出手。'
	)
};

/** How to handle each response mode (客户如何评价我 · 反馈模式). */
export const MODE_GUIDANCE: Record<ResponseMode, Localized> = {
	G: t('Growth: show how we make a good situation better.', '如虎添翼:展示我们如何让好的更好。'),
	T: t('Trouble: show how we fix the problem now.', '亡羊补牢:展示我们如何马上解决问题。'),
	EK: t(
		'Even keel: build a shared picture of a better future, or let them feel the cost of today together (SPIN — use with care).',
		'我行我素:建立共同的期望,让他看到美好;或一起感受糟糕的现状而主动行动(SPIN,慎用)。'
	),
	OC: t(
		'Overconfident: talk gently and indirectly, be patient, and spend more of your time on the G and T people.',
		'班门弄斧:以温柔间接的方式交流,耐心等待,把更多的时间和精力投给G和T。'
	)
};

function q1(rows: RoleRow[], objective: SalesObjective | null): QuestionAnswer {
	const key = keyPeople(rows);
	const complete = key.filter((r) => filled(r.orgResult) && filled(r.personalWin));
	const gaps: Localized[] = [];
	for (const r of key) {
		if (!filled(r.orgResult)) gaps.push(t(`${label(r)}: no organisational result`, `${label(r)}:缺少组织结果`));
		if (!filled(r.personalWin)) gaps.push(t(`${label(r)}: no personal win`, `${label(r)}:缺少个人赢`));
	}
	const facts = complete.map((r) => t(`${label(r)}: ${r.orgResult.trim()} · ${r.personalWin.trim()}`, `${label(r)}:${r.orgResult.trim()} · ${r.personalWin.trim()}`));
	if (objective && ['what', 'whom'].some((k) => filled(objective[k as keyof SalesObjective]))) facts.unshift(t(`Objective: ${objective.what.trim() || '…'} for ${objective.whom.trim() || '…'}`, `目标:为 ${objective.whom.trim() || '…'} 提供 ${objective.what.trim() || '…'}`));
	const next = gaps.length > 0 ? [t('Ask each of them what the organisation must achieve, and what they win personally.', '逐一了解:组织要达成什么结果,他个人能赢得什么。')] : [];
	return { id: 1, status: key.length === 0 ? 'missing' : statusOf(complete.length, key.length), facts, gaps, next };
}

function q2(input: NineQuestionsInput): QuestionAnswer {
	const { stage, position } = input;
	const known = [stage !== null, position.urgency !== null, position.competitive !== null, position.temperature !== null];
	const facts: Localized[] = [];
	const gaps: Localized[] = [];
	const next: Localized[] = [];
	if (stage) facts.push(t(`Stage: ${SALES_STAGE_INFO[stage].name.en}`, `阶段:${SALES_STAGE_INFO[stage].name['zh-CN']}`));
	else gaps.push(t('No stage yet (tick the checklist)', '还没有阶段(勾选阶段清单)'));
	if (position.urgency === null) gaps.push(t('Urgency not set', '未设紧急程度'));
	if (position.competitive === null) gaps.push(t('Competitive position not set', '未设竞争形势'));
	if (position.temperature === null) gaps.push(t('Temperature not set', '未设项目温度'));
	const temp = position.temperature;
	if ((position.competitive === 'ahead' || position.competitive === 'sole') && temp !== null && temp < 50) {
		gaps.push(t(`Ahead, but the temperature is only ${temp}: what do we not know?`, `领先,但项目温度只有 ${temp}:我们还不知道什么?`));
		next.push(t('Check with the coach why it does not feel ahead.', '请教coach:为什么感觉并不领先。'));
	}
	if (position.competitive === 'behind' && position.urgency === 'urgent') {
		gaps.push(t('Behind on an urgent deal', '紧急项目处于劣势'));
		next.push(t('Consider a pull-back plan: change the criteria before the decision is made.', '考虑向后拉计划:在决策前改变标准。'));
	}
	if (temp !== null) facts.push(t(`Temperature ${temp}`, `项目温度 ${temp}`));
	const answered = known.filter(Boolean).length;
	const warned = gaps.length > known.filter((k) => !k).length;
	return { id: 2, status: answered === 4 && !warned ? 'answered' : answered > 0 ? 'partly' : 'missing', facts, gaps, next };
}

function q3(rows: RoleRow[]): QuestionAnswer {
	const byRole = (role: BuyingRole) => rows.filter((r) => r.role === role);
	const facts = BUYING_ROLES.filter((role) => byRole(role).length > 0).map((role) =>
		t(`${BUYING_ROLE_INFO[role].name.en}: ${byRole(role).map(label).join(', ')}`, `${BUYING_ROLE_INFO[role].name['zh-CN']}:${byRole(role).map(label).join('、')}`)
	);
	const missing = BUYING_ROLES.filter((role) => byRole(role).length === 0);
	const gaps = missing.map((role) => t(`No ${BUYING_ROLE_INFO[role].name.en} (${role}) found`, `还没有找到${BUYING_ROLE_INFO[role].name['zh-CN']}(${role})`));
	const next: Localized[] = missing.length > 0 ? [t(`Find the ${missing.join(', ')}: ask the coach, then verify.`, `找到 ${missing.join('、')}:请教coach,推测并验证。`)] : [];
	if (byRole('Coach').length === 1) next.push(t('Advanced: find a second coach, one visible and one hidden.', '进阶:再找一个coach,一个表面上的,一个深藏的。'));
	return { id: 3, status: statusOf(BUYING_ROLES.length - missing.length, BUYING_ROLES.length), facts, gaps, next };
}

function q4(rows: RoleRow[]): QuestionAnswer {
	const key = keyPeople(rows);
	const rated = key.filter((r) => r.responseMode !== null && r.support !== null);
	const facts = rated.map((r) => t(`${label(r)}: ${RESPONSE_MODE_LABELS[r.responseMode!].en}, support ${r.support! > 0 ? '+' : ''}${r.support}`, `${label(r)}:${RESPONSE_MODE_LABELS[r.responseMode!]['zh-CN']},支持度 ${r.support! > 0 ? '+' : ''}${r.support}`));
	const gaps = key.filter((r) => !rated.includes(r)).map((r) => t(`${label(r)}: ${r.responseMode === null ? 'response mode' : 'support'} unknown`, `${label(r)}:${r.responseMode === null ? '反馈模式' : '支持度'}未知`));
	const modes = [...new Set(rated.map((r) => r.responseMode!))];
	const next = modes.filter((m) => m === 'EK' || m === 'OC').map((m) => MODE_GUIDANCE[m]);
	return { id: 4, status: key.length === 0 ? 'missing' : statusOf(rated.length, key.length), facts, gaps, next };
}

/** The buying stage the deal's sales stage falls in (no stage: the start). */
const buyerStageOf = (stage: SalesStage | null): BuyerStage => (stage ? SALES_STAGE_INFO[stage].buyerStage : 'needRecognition');

/** Who matters most now, given the stage: the role whose participation is high in this buying stage. */
export function mattersMostNow(stage: SalesStage | null): Exclude<BuyingRole, 'Coach'> {
	const b = buyerStageOf(stage);
	// After the order (implementation) the users matter most again: "UB 高-中-低(高)".
	if (b === 'implementation') return 'UB';
	return (Object.keys(PARTICIPATION) as Exclude<BuyingRole, 'Coach'>[]).find((r) => PARTICIPATION[r][b] === 'high')!;
}

function q5(input: NineQuestionsInput): QuestionAnswer {
	const role = mattersMostNow(input.stage);
	const people = input.rows.filter((r) => r.role === role);
	const name = BUYING_ROLE_INFO[role].name;
	const supporters = people.filter((r) => (r.support ?? 0) > 0);
	const facts = [t(`Now the ${name.en} (${role}) weighs most`, `现阶段${name['zh-CN']}(${role})的参与度最高`), ...people.map((r) => t(`${label(r)}: support ${r.support ?? '?'}`, `${label(r)}:支持度 ${r.support ?? '?'}`))];
	const gaps: Localized[] = [];
	const next: Localized[] = [];
	if (people.length === 0) {
		gaps.push(t(`No ${role} in the role table`, `角色表中没有${role}`));
		next.push(t(`Find the ${role} now: at this stage they decide.`, `现在就找到${role}:这个阶段由他说了算。`));
	} else if (supporters.length === 0) {
		gaps.push(t(`The ${role} does not support us yet`, `${role}还不支持我们`));
		next.push(ROLE_GUIDANCE[role]);
	}
	return { id: 5, status: people.length === 0 ? 'missing' : supporters.length > 0 ? 'answered' : 'partly', facts, gaps, next };
}

function q6(rows: RoleRow[]): QuestionAnswer {
	const key = keyPeople(rows);
	const withWin = key.filter((r) => filled(r.personalWin));
	const neither = key.filter((r) => !filled(r.orgResult) && !filled(r.personalWin));
	const facts = withWin.map((r) => t(`${label(r)} wins: ${r.personalWin.trim()}`, `${label(r)}的个人赢:${r.personalWin.trim()}`));
	const gaps = [
		...neither.map((r) => t(`${label(r)}: neither result nor win written down`, `${label(r)}:组织结果和个人赢都没写`)),
		...key.filter((r) => !filled(r.personalWin) && !neither.includes(r)).map((r) => t(`${label(r)}: result known, personal win not`, `${label(r)}:知道组织结果,不知道个人赢`))
	];
	const next = gaps.length > 0 ? [t('Only a personal win earns trust: find out what each of them wins, beyond what the organisation gains.', '满足个人赢才能赢得信任:弄清每个人在组织结果之外个人能赢得什么。')] : [];
	return { id: 6, status: key.length === 0 ? 'missing' : statusOf(withWin.length, key.length), facts, gaps, next };
}

function q7(rows: RoleRow[]): QuestionAnswer {
	const key = keyPeople(rows);
	const planned = key.filter((r) => filled(r.nextAction));
	const facts = key.map((r) => {
		const parts: Localized[] = [...(r.role ? [ROLE_GUIDANCE[r.role]] : []), ...(r.responseMode ? [MODE_GUIDANCE[r.responseMode]] : [])];
		const action = r.nextAction.trim();
		return t(`${label(r)}: ${parts.map((p) => p.en).join(' ')}${action ? ` — next: ${action}` : ''}`, `${label(r)}:${parts.map((p) => p['zh-CN']).join('')}${action ? ` —— 下一步:${action}` : ''}`);
	});
	const gaps = key.filter((r) => !planned.includes(r)).map((r) => t(`${label(r)}: no next action`, `${label(r)}:没有下一步行动`));
	const next = gaps.length > 0 ? [t('Give every key person a next action, an owner and a date.', '为每个关键人安排下一步行动、负责人和日期。')] : [];
	return { id: 7, status: key.length === 0 ? 'missing' : statusOf(planned.length, key.length), facts, gaps, next };
}

function q8(input: NineQuestionsInput): QuestionAnswer {
	const items = input.resources ?? [];
	const person = (id: string | null) => input.rows.find((r) => r.id === id);
	const complete = items.filter((i) => i.kind && filled(i.who) && person(i.forPersonId) && filled(i.theirWin));
	const facts = items.map((i) =>
		t(
			`${i.kind ? RESOURCE_TEXT[i.kind].en : 'Resource'} ${i.who.trim() || '…'} for ${person(i.forPersonId)?.name ?? '…'}${i.when ? ` on ${i.when}` : ''} (${i.status})`,
			`${i.kind ? RESOURCE_TEXT[i.kind]['zh-CN'] : '资源'} ${i.who.trim() || '…'} 对接 ${person(i.forPersonId)?.name ?? '…'}${i.when ? `,${i.when}` : ''}(${i.status})`
		)
	);
	const gaps = items
		.filter((i) => !complete.includes(i))
		.map((i) => t(`${i.who.trim() || 'A resource'}: ${!person(i.forPersonId) ? 'for whom?' : 'what is their own win?'}`, `${i.who.trim() || '某资源'}:${!person(i.forPersonId) ? '对接谁?' : '资源自己的“赢”是什么?'}`));
	if (items.length === 0) gaps.push(t('No resources planned', '还没有资源计划'));
	// A resource on the plan, even half described, is a start: partly, not missing.
	const status: QuestionStatus = items.length === 0 ? 'missing' : complete.length === items.length ? 'answered' : 'partly';
	return { id: 8, status, facts, gaps, next: [RESOURCE_GUIDANCE] };
}

function q9(input: NineQuestionsInput): QuestionAnswer {
	const list = input.competitors ?? [];
	const sole = input.position.competitive === 'sole';
	const facts = list.map((c) => t(`${c.name.trim() || '…'}: ${c.homeCourt ? `${c.homeCourt === 'theirs' ? 'their' : c.homeCourt === 'ours' ? 'our' : 'neutral'} home court` : 'home court unknown'}`, `${c.name.trim() || '…'}:${c.homeCourt ? (c.homeCourt === 'theirs' ? '对手主场' : c.homeCourt === 'ours' ? '我方主场' : '中立') : '主场未知'}`));
	const gaps: Localized[] = [];
	// Each response once, in the guidance's order, if any competitor calls for it.
	const called = new Set(list.flatMap(competitorResponses));
	const next = Object.values(COMPETITION_GUIDANCE).filter((g) => called.has(g));
	const named = new Set(list.map((c) => c.name.trim().toLowerCase()));
	for (const name of input.shapedBy) if (!named.has(name.trim().toLowerCase())) gaps.push(t(`${name} shaped the buying chain (pull-back plan) but is not listed`, `${name} 影响了客户的采购链(向后拉计划),但不在竞争对手列表中`));
	for (const c of list) {
		if (!c.homeCourt) gaps.push(t(`${c.name.trim() || 'A competitor'}: whose home court?`, `${c.name.trim() || '某竞争对手'}:谁的主场?`));
		if (c.tender === 'notShaped') gaps.push(t(`Invited to a tender we did not shape (${c.name.trim() || '…'})`, `受邀参加一个我们没有影响过的招标(${c.name.trim() || '…'})`));
	}
	if (list.length === 0 && !sole) gaps.push(t('No competitor listed, and the position does not say we are alone', '没有列出竞争对手,竞争形势也没说是单一竞争'));
	const status: QuestionStatus = list.length === 0 ? (sole && gaps.length === 0 ? 'answered' : 'missing') : gaps.length === 0 ? 'answered' : 'partly';
	return { id: 9, status, facts: sole && list.length === 0 ? [t('Sole: no competitor', '单一竞争:没有竞争对手')] : facts, gaps, next };
}

/** All nine answers, in order. */
export function nineQuestions(input: NineQuestionsInput): QuestionAnswer[] {
	return [q1(input.rows, input.objective), q2(input), q3(input.rows), q4(input.rows), q5(input), q6(input.rows), q7(input.rows), q8(input), q9(input)];
}

/** The deal's score for the pipeline and review snapshots: how many questions are answered. */
export function nineQuestionScore(answers: QuestionAnswer[]): number {
	return answers.filter((a) => a.status === 'answered').length;
}
