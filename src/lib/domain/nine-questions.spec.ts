import { describe, expect, it } from 'vitest';
import { mattersMostNow, nineQuestions, nineQuestionScore, type Competitor, type NineQuestionsInput, type QuestionAnswer, type ResourceItem } from './nine-questions.ts';
import { referenceScenario } from './reference-scenario.ts';

const base = (over: Partial<NineQuestionsInput> = {}): NineQuestionsInput => ({
	rows: referenceScenario(),
	stage: 'riskAssessment',
	position: { urgency: 'urgent', competitive: 'ahead', temperature: 70 },
	objective: { quantity: '1', what: 'recruiting platform', whom: 'Huayuan', when: '2026-12', revenue: '¥600k' },
	resources: null,
	competitors: null,
	shapedBy: [],
	...over
});
const answer = (input: NineQuestionsInput, id: number): QuestionAnswer => nineQuestions(input).find((a) => a.id === id)!;
const en = (list: { en: string }[]) => list.map((l) => l.en).join(' | ');
const zh = (list: { 'zh-CN': string }[]) => list.map((l) => l['zh-CN']).join(' | ');

describe('the nine questions on the reference deal', () => {
	it('1 and 6: what each key person wants — missing results and personal wins named', () => {
		const q1 = answer(base(), 1);
		expect(q1.status).toBe('partly');
		expect(en(q1.facts)).toContain('梁总: Fill 300 positions');
		expect(en(q1.gaps)).toContain('陈经理: no personal win');
		expect(en(q1.gaps)).toContain('方总: no organisational result');
		expect(zh(q1.gaps)).toContain('孙经理:缺少个人赢');
		const q6 = answer(base(), 6);
		expect(q6.status).toBe('partly');
		expect(en(q6.gaps)).toContain('陈经理: neither result nor win written down');
		const everyone = referenceScenario().map((r) => ({ ...r, orgResult: r.orgResult || 'x', personalWin: r.personalWin || 'y' }));
		expect(answer(base({ rows: everyone }), 1).status).toBe('answered');
		expect(answer(base({ rows: [] }), 1).status).toBe('missing');
	});

	it('2: where we stand, with "ahead but cold" flagged', () => {
		expect(answer(base(), 2).status).toBe('answered');
		const cold = answer(base({ position: { urgency: 'urgent', competitive: 'ahead', temperature: 40 } }), 2);
		expect(cold.status).toBe('partly');
		expect(en(cold.gaps)).toContain('Ahead, but the temperature is only 40');
		expect(answer(base({ stage: null, position: { urgency: null, competitive: null, temperature: null } }), 2).status).toBe('missing');
	});

	it('3: finds EB, TB, UB and the coach; suggests a second, hidden coach', () => {
		const q3 = answer(base(), 3);
		expect(q3.status).toBe('answered');
		expect(en(q3.facts)).toContain('Economic buyer: 梁总');
		expect(en(q3.next)).toContain('second coach');
		const noEb = answer(base({ rows: referenceScenario().filter((r) => r.role !== 'EB') }), 3);
		expect(noEb.status).toBe('partly');
		expect(en(noEb.gaps)).toContain('No Economic buyer (EB) found');
	});

	it('4: response modes and support, with the article’s advice for EK and OC', () => {
		const q4 = answer(base(), 4);
		expect(q4.status).toBe('partly');
		expect(en(q4.gaps)).toContain('孙经理: response mode unknown');
		expect(en(q4.next)).toContain('shared picture of a better future');
		expect(en(q4.next)).toContain('spend more of your time on the G and T people');
	});

	it('5: who weighs most now follows the buying stage, and whether they support us', () => {
		expect([mattersMostNow('opportunity'), mattersMostNow('solutionConfirmed'), mattersMostNow('riskAssessment'), mattersMostNow(null)]).toEqual(['UB', 'TB', 'EB', 'UB']);
		expect(answer(base({ stage: 'riskAssessment' }), 5).status).toBe('answered');
		const evaluation = answer(base({ stage: 'solutionConfirmed' }), 5);
		expect(evaluation.status).toBe('partly');
		expect(en(evaluation.next)).toContain('look good in front of the boss');
		expect(answer(base({ stage: 'opportunity', rows: referenceScenario().filter((r) => r.role !== 'UB') }), 5).status).toBe('missing');
	});

	it('7: how to approach each key person, by role and mode, next to their next action', () => {
		const q7 = answer(base(), 7);
		expect(q7.status).toBe('partly');
		expect(en(q7.facts)).toMatch(/方总: Do not try to argue them round.*Overconfident.*— next: Deep technical session/);
		expect(en(q7.gaps)).toContain('梁总: no next action');
	});

	it('8: resources planned for whom, when, and with a win of their own', () => {
		expect(answer(base(), 8).status).toBe('missing');
		const cto: ResourceItem = { id: 'r1', kind: 'executive', who: 'our CTO', forPersonId: 'fang', when: '2026-12-10', theirWin: 'a reference in HR tech', status: 'asked' };
		expect(answer(base({ resources: [cto] }), 8).status).toBe('answered');
		const half = answer(base({ resources: [cto, { ...cto, id: 'r2', who: 'Acme', kind: 'reference', theirWin: '' }] }), 8);
		expect(half.status).toBe('partly');
		expect(en(half.gaps)).toContain('Acme: what is their own win?');
		const started = answer(base({ resources: [{ ...cto, forPersonId: null }] }), 8);
		expect(started.status).toBe('partly');
		expect(en(started.gaps)).toContain('our CTO: for whom?');
	});

	it('9: competitors, whose home court, the article’s responses; a tender we did not shape is flagged', () => {
		expect(answer(base(), 9).status).toBe('missing');
		expect(answer(base({ position: { urgency: 'urgent', competitive: 'sole', temperature: 70 } }), 9).status).toBe('answered');
		const moka: Competitor = { id: 'c1', name: 'Moka', homeCourt: 'theirs', pricePressure: true, tender: 'notShaped', notes: '' };
		const q9 = answer(base({ competitors: [moka], shapedBy: ['Moka', 'Beisen'] }), 9);
		expect(q9.status).toBe('partly');
		expect(en(q9.gaps)).toContain('Invited to a tender we did not shape (Moka)');
		expect(en(q9.gaps)).toContain('Beisen shaped the buying chain');
		expect(en(q9.next)).toContain('never undercut on price');
		expect(en(q9.next)).toContain('make value and price match');
		expect(zh(q9.next)).toContain('礼貌回复');
		expect(answer(base({ competitors: [{ ...moka, tender: 'shaped' }], shapedBy: ['moka'] }), 9).status).toBe('answered');
	});

	it('scores the answered questions', () => {
		const answers = nineQuestions(base());
		expect(answers.map((a) => a.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(nineQuestionScore(answers)).toBe(answers.filter((a) => a.status === 'answered').length);
		expect(nineQuestionScore(answers)).toBe(3);
	});
});
