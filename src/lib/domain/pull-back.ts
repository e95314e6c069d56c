import type { Localized } from './localized.ts';

/** The chain a buyer walks down, often led by a rival before we arrive. */
export const BUYING_CHAIN = ['problem', 'pain', 'goal', 'requirements', 'measures', 'solution', 'value', 'risk', 'cost'] as const;
export type ChainStage = (typeof BUYING_CHAIN)[number];

export const CHAIN_NAMES: Record<ChainStage, Localized> = {
	problem: { en: 'Problem', 'zh-CN': '问题' },
	pain: { en: 'Pain', 'zh-CN': '痛苦' },
	goal: { en: 'Goal', 'zh-CN': '目标' },
	requirements: { en: 'Requirements', 'zh-CN': '要求' },
	measures: { en: 'Measures', 'zh-CN': '措施' },
	solution: { en: 'Solution', 'zh-CN': '方案' },
	value: { en: 'Value', 'zh-CN': '价值' },
	risk: { en: 'Risk', 'zh-CN': '风险' },
	cost: { en: 'Cost', 'zh-CN': '成本' }
};

export const TACTICS = ['scare', 'smash', 'pull'] as const;
export type Tactic = (typeof TACTICS)[number];

export const TACTIC_TEXT: Record<Tactic, { name: Localized; meaning: Localized }> = {
	scare: {
		name: { en: 'Scare', 'zh-CN': '吓' },
		meaning: { en: 'Raise a risk so they slow down.', 'zh-CN': '提出风险,让客户放慢脚步。' }
	},
	smash: {
		name: { en: 'Smash', 'zh-CN': '砸' },
		meaning: { en: 'Show that the current point — problem, solution, value — is wrong.', 'zh-CN': '指出当前的问题、方案或价值是错的。' }
	},
	pull: {
		name: { en: 'Pull', 'zh-CN': '拉' },
		meaning: { en: 'Walk them back and redefine it together.', 'zh-CN': '把客户拉回去,重新定义。' }
	}
};

/** Who shaped a stage of the chain: us, a named competitor, or the buyer alone. */
export type ShapedBy = { kind: 'us' } | { kind: 'competitor'; name: string } | { kind: 'buyer' };

export const chainIndex = (stage: ChainStage) => BUYING_CHAIN.indexOf(stage);

export type PullBackCheck = { ok: true } | { ok: false; reason: Localized };

/**
 * The target must be earlier than where the buyer stands: we pull back to a point where we can
 * still change their mind. Pulling forward is refused: a buyer's decision points cannot be skipped.
 */
export function checkPullBackTarget(current: ChainStage, target: ChainStage): PullBackCheck {
	if (chainIndex(target) < chainIndex(current)) return { ok: true };
	const here = CHAIN_NAMES[current];
	const there = CHAIN_NAMES[target];
	if (target === current) {
		return {
			ok: false,
			reason: {
				en: `The buyer already stands at “${here.en}”: pull back to an earlier stage, where we can still change their mind.`,
				'zh-CN': `客户已经在“${here['zh-CN']}”阶段:请拉回到更早的阶段,在那里我们还能改变客户的想法。`
			}
		};
	}
	return {
		ok: false,
		reason: {
			en: `“${there.en}” comes after “${here.en}”: pulling forward is refused, because a buyer’s decision points cannot be skipped. Choose a stage before “${here.en}”.`,
			'zh-CN': `“${there['zh-CN']}”在“${here['zh-CN']}”之后:不能向前拉,客户的决策节点无法跳过。请选择“${here['zh-CN']}”之前的阶段。`
		}
	};
}

/** Stages we may pull back to from where the buyer stands. */
export function pullBackTargets(current: ChainStage): ChainStage[] {
	return BUYING_CHAIN.slice(0, chainIndex(current));
}

/** Suggested moves for where the buyer stands now (the article's guidance). */
export const SUGGESTED_MOVES: Record<ChainStage, Localized> = {
	problem: {
		en: 'The buyer is still at the start: shape the problem with them before anyone else does.',
		'zh-CN': '客户还在起点:抢在别人之前和客户一起定义问题。'
	},
	pain: {
		en: 'Problem → pain: add hidden problems, refine theirs, or dismiss the ones that do not matter.',
		'zh-CN': '问题→痛苦:补充隐藏的问题,细化客户的问题,或否定不重要的问题。'
	},
	goal: {
		en: 'Pain → goal: change which pain is the biggest, or reset the goal.',
		'zh-CN': '痛苦→目标:改变哪个痛苦最大,或重新设定目标。'
	},
	requirements: {
		en: 'Goal → requirements: ask “what is this requirement based on?”',
		'zh-CN': '目标→要求:问“这个要求的依据是什么?”'
	},
	measures: {
		en: 'Requirements → measures: go back to the problem, not to solution-versus-expectation.',
		'zh-CN': '要求→措施:回到问题本身,而不是比较方案与预期。'
	},
	solution: {
		en: 'Measures → solution (an RFP arrives): answer with a condition — a study and meetings with at least three key people.',
		'zh-CN': '措施→方案(收到招标):有条件地响应——先调研,并与至少三位关键人会谈。'
	},
	value: {
		en: 'Solution → value: go to the top with value and risk.',
		'zh-CN': '方案→价值:带着价值和风险去找高层。'
	},
	risk: {
		en: 'Value → risk: raise risk to send them back to re-evaluate.',
		'zh-CN': '价值→风险:提出风险,让客户回头重新评估。'
	},
	cost: {
		en: 'Risk → cost: raise risk or redefine value instead of cutting price.',
		'zh-CN': '风险→成本:提出风险或重新定义价值,而不是降价。'
	}
};

/** The three core questions to ask each key person. */
export const CORE_QUESTIONS: Localized[] = [
	{ en: 'What problem must this project solve most?', 'zh-CN': '这个项目最需要解决的问题是什么?' },
	{ en: 'Which goals must it reach?', 'zh-CN': '它必须达到哪些目标?' },
	{ en: 'What is key to getting there?', 'zh-CN': '达成目标的关键是什么?' }
];
