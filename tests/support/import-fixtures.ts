import iconv from 'iconv-lite';
import * as prng from 'lib0/prng';
import { fileURLToPath } from 'node:url';

/** The hand-written import fixtures (tests/fixtures/import/), as an absolute path ending in a separator. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

/** The Salesforce opportunities report header row, as the export writes it (and the fixture has it). */
export const SALESFORCE_OPPORTUNITY_HEADERS = [
	'Opportunity ID',
	'Opportunity Name',
	'Account Name',
	'Amount',
	'Amount Currency',
	'Close Date',
	'Stage',
	'Opportunity Owner',
	'Owner Email',
	'Probability (%)',
	'Next Step'
] as const;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** A 15-character Salesforce id with its 3-character case checksum, as exports show them (18 characters). */
export function salesforceId18(id15: string): string {
	let suffix = '';
	for (let chunk = 0; chunk < 3; chunk++) {
		let flags = 0;
		for (let i = 0; i < 5; i++) if (/[A-Z]/.test(id15[chunk * 5 + i]!)) flags |= 1 << i;
		suffix += CHECKSUM[flags];
	}
	return id15 + suffix;
}

/** '006' (the opportunity key prefix), a pod and reserved part, then `n` in five base-62 digits. */
const opportunityId = (n: number) => {
	let digits = '';
	for (let i = 0; i < 5; i++, n = Math.floor(n / 62)) digits = BASE62[n % 62] + digits;
	return salesforceId18(`0065g00000${digits}`);
};

/** Chinese and English halves of account names; each takes an industry word in both languages. */
const ACCOUNT_ROOTS: [string, string][] = [
	['星海', 'Xinghai'],
	['北辰', 'Beichen'],
	['云帆', 'Yunfan'],
	['金桥', 'Jinqiao'],
	['青禾', 'Qinghe'],
	['海川', 'Haichuan'],
	['瑞丰', 'Ruifeng'],
	['启明', 'Qiming'],
	['明德', 'Mingde'],
	['东岳', 'Dongyue'],
	['南风', 'Nanfeng'],
	['长江', 'Changjiang']
];
const INDUSTRIES: [string, string][] = [
	['科技', 'Tech'],
	['物流', 'Logistics'],
	['医疗', 'Medical'],
	['制造', 'Manufacturing'],
	['教育', 'Education'],
	['食品', 'Foods'],
	['化工', 'Chemical'],
	['软件', 'Software'],
	['能源', 'Energy'],
	['零售', 'Retail']
];
const ENGLISH_ACCOUNTS = ['Acme Logistics', 'Northwind Traders', 'Contoso Retail', 'Fabrikam Foods', 'Wingtip Toys', 'Adventure Works Cycles', 'Litware Health', 'Tailspin Aviation'];
const PROJECTS: [string, string][] = [
	['数据平台', 'data platform'],
	['二期扩容', 'phase 2 expansion'],
	['年度续约', 'annual renewal'],
	['仓储系统', 'warehouse system'],
	['CRM 替换', 'CRM replacement'],
	['安全巡检', 'safety inspection'],
	['在线课堂', 'online classroom'],
	['溯源平台', 'traceability platform'],
	['设备联网', 'IoT retrofit'],
	['人才库项目', 'talent pool']
];
/** Salesforce's default opportunity stages with their default probabilities. */
const STAGES: [string, number][] = [
	['Prospecting', 10],
	['Qualification', 10],
	['Needs Analysis', 20],
	['Value Proposition', 50],
	['Id. Decision Makers', 60],
	['Perception Analysis', 70],
	['Proposal/Price Quote', 75],
	['Negotiation/Review', 90],
	['Closed Won', 100],
	['Closed Lost', 0]
];
/** A member of the demo workspace, and someone who is not. */
const OWNERS: [string, string][] = [
	['Alice Chen', 'alice@demo.test'],
	['Wang Lei 王磊', 'someone@elsewhere.test']
];
/** Some with the characters that need quoting: a comma, a quote, a line break. */
const NEXT_STEPS = [
	'',
	'发报价 Send quote',
	'Demo for the IT team, then pricing',
	'等方总确认预算',
	'Confirm "pilot" scope',
	'Call 李经理\nthen send the contract',
	'法务审合同 Legal review'
];

const accountName = (i: number): string => {
	if (i === 0) return '华远科技 Huayuan Tech';
	if (i <= ENGLISH_ACCOUNTS.length) return ENGLISH_ACCOUNTS[i - 1]!;
	const k = i - 1 - ENGLISH_ACCOUNTS.length;
	const [cn, en] = ACCOUNT_ROOTS[k % ACCOUNT_ROOTS.length]!;
	const [cnInd, enInd] = INDUSTRIES[Math.floor(k / ACCOUNT_ROOTS.length) % INDUSTRIES.length]!;
	const round = Math.floor(k / (ACCOUNT_ROOTS.length * INDUSTRIES.length));
	return `${cn}${cnInd} ${en} ${enInd}${round ? ` ${round + 1}` : ''}`;
};

const money = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const quote = (field: string) => `"${field.replaceAll('"', '""')}"`;

/**
 * A Salesforce opportunities report export of `count` deals, the same for the same seed: the
 * fixture's headers and quoting (every field double-quoted, CRLF, a BOM unless `bom: false`),
 * about count/5 accounts, Chinese and English titles, US dates and `120,000.00` amounts. Row 0 is
 * always 华远科技's talent-pool deal owned by alice@demo.test, so tests can look it up.
 */
export function salesforceOpportunitiesCsv(count: number, seed: number, options: { bom?: boolean } = {}): string {
	const gen = prng.create(seed);
	const accounts = Math.max(1, Math.round(count / 5));
	const firstId = prng.int53(gen, 62 ** 4, 62 ** 5 - count - 1);
	const rows: string[][] = [];
	for (let i = 0; i < count; i++) {
		const account = i === 0 ? 0 : i < accounts ? i : prng.int32(gen, 0, accounts - 1);
		const name = accountName(account);
		const [stage, probability] = prng.oneOf(gen, STAGES);
		const [owner, ownerEmail] = i === 0 ? OWNERS[0]! : prng.oneOf(gen, OWNERS);
		const chinese = /^\p{Script=Han}/u.test(name);
		const [cnProject, enProject] = prng.oneOf(gen, PROJECTS);
		const title = i === 0 ? '华远科技 人才库项目 Huayuan talent pool' : chinese ? `${name.split(' ')[0]} ${cnProject} ${name.split(' ')[1]} ${enProject}` : `${name} ${enProject}`;
		const amount = money(prng.int32(gen, 10, 4000) * 500);
		const currency = chinese ? 'CNY' : prng.oneOf(gen, ['USD', 'USD', 'EUR']);
		const month = prng.int32(gen, 1, 12);
		const year = prng.int32(gen, 2026, 2027);
		const day = prng.int32(gen, 1, new Date(Date.UTC(year, month, 0)).getUTCDate());
		const nextStep = i === 0 ? '方总 wants to build in-house' : prng.oneOf(gen, NEXT_STEPS);
		rows.push([opportunityId(firstId + i), title, name, amount, currency, `${month}/${day}/${year}`, stage, owner, ownerEmail, String(probability), nextStep]);
	}
	const lines = [[...SALESFORCE_OPPORTUNITY_HEADERS], ...rows].map((row) => row.map(quote).join(','));
	return (options.bom === false ? '' : '\ufeff') + lines.join('\r\n') + '\r\n';
}

/** Text as GBK bytes, the encoding Excel on Chinese Windows saves CSV in. */
export function toGbk(text: string): Uint8Array {
	return new Uint8Array(iconv.encode(text, 'gbk'));
}
