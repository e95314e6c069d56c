import { blankRoleRow, type RoleRow } from './role-row.ts';

/**
 * The first article's recruiting-software deal: the EB said yes two weeks ago and the contract
 * is still unsigned. A fixture for specs and the demo.
 */
export function referenceScenario(): RoleRow[] {
	return [
		{
			...blankRoleRow('liang', '梁总'),
			title: 'Vice-president 副总裁',
			role: 'EB',
			influence: 2,
			support: 2,
			responseMode: 'G',
			pains: 'Hiring cannot keep up with expansion 招聘跟不上扩张',
			orgResult: 'Fill 300 positions before spring 春季前招满300人',
			personalWin: 'Seen as the one who modernised HR 推动HR数字化的功臣',
			whyThere: 'Loves our proposal 非常认可我们的方案'
		},
		{
			...blankRoleRow('sun', '孙经理'),
			title: 'Manager 经理',
			role: 'Coach',
			influence: 1,
			support: 1,
			whyThere: 'Shares competitor news with us 向我们透露竞争对手动态'
		},
		{
			...blankRoleRow('chen', '陈经理'),
			title: 'HR manager HR经理',
			role: 'UB',
			influence: 2,
			support: -1,
			responseMode: 'EK',
			pains: 'Fears a new system disrupts the team 担心新系统打乱团队',
			whyThere: 'Wants to look at more vendors 想再看看其他供应商',
			nextAction:
				'Show him the upgraded system at his former employer and set up a meeting with them 带他看老东家升级后的系统并安排会面'
		},
		{
			...blankRoleRow('fang', '方总'),
			title: 'Technical lead 技术负责人',
			role: 'TB',
			influence: 2,
			support: -2,
			responseMode: 'OC',
			pains: 'Believes the team can build it in-house 认为可以自研',
			whyThere: 'Would rather build in-house 更想自己开发',
			nextAction:
				'Deep technical session on how long our talent-pool feature took to build 深度技术交流:人才库功能花了多长时间开发'
		}
	];
}
