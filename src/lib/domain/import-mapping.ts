import type { SalesStage } from './sales-stages.ts';

/**
 * What a column of an imported CSV can fill in. One file may hold accounts, contacts, deals or
 * all three side by side, so every field names the record it belongs to.
 */
export const IMPORT_FIELDS = [
	'account.name',
	'account.domain',
	'account.industry',
	'contact.name',
	'contact.firstName',
	'contact.lastName',
	'contact.email',
	'contact.title',
	'deal.externalId',
	'deal.title',
	'deal.amount',
	'deal.currency',
	'deal.closeDate',
	'deal.stage',
	'deal.ownerEmail'
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Lower case, NFKC (full-width letters and digits), without spaces, underscores or punctuation: 'Probability (%)' and 'probability' are one header. */
const squash = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Header spellings per field, best first (Salesforce report and API names, HubSpot export labels,
 * generic and Chinese ones). Owner *names* ('Opportunity Owner', 'Deal owner') are deliberately
 * absent: they are not emails and cannot be matched to workspace members.
 */
const HEADER_ALIASES: Record<ImportField, string[]> = {
	'account.name': [
		'accountname',
		'companyname',
		'客户名称',
		'公司名称',
		'企业名称',
		'account',
		'company',
		'客户',
		'公司',
		'customername',
		'customer',
		'organizationname',
		'organization',
		'organisation',
		'associatedcompany',
		'associatedcompanyprimary'
	],
	'account.domain': ['companydomainname', 'domainname', 'domain', '域名', 'website', 'websiteurl', '网站', '官网', 'web', 'url'],
	'account.industry': ['industry', '行业', '所属行业'],
	'contact.name': ['fullname', 'contactname', '联系人', '姓名', '联系人姓名', 'contact', 'name'],
	'contact.firstName': ['firstname', 'givenname', '名'],
	'contact.lastName': ['lastname', 'surname', 'familyname', '姓'],
	'contact.email': ['email', 'emailaddress', '邮箱', '电子邮件', '电子邮箱', '联系人邮箱', '邮件', 'mail'],
	'contact.title': ['title', 'jobtitle', '职位', '职务', '头衔', 'position'],
	'deal.externalId': ['opportunityid', 'dealid', '商机编号', '机会id', '商机id', 'externalid', 'recordid', 'id'],
	'deal.title': ['opportunityname', 'dealname', '商机名称', '机会名称', '项目名称', 'dealtitle', 'opportunitytitle', 'opportunity', 'deal', '商机', 'projectname', 'project'],
	'deal.amount': ['amount', '金额', '预计金额', '商机金额', '合同金额', 'dealvalue', 'value', 'amountconverted', 'amountincompanycurrency'],
	'deal.currency': ['currency', 'amountcurrency', 'opportunitycurrency', 'dealcurrency', 'currencycode', 'currencyisocode', '币种', '货币', '币别'],
	'deal.closeDate': ['closedate', 'expectedclosedate', 'closingdate', '预计成交日期', '成交日期', '结单日期', '预计结单日期'],
	'deal.stage': ['stage', 'dealstage', 'stagename', 'salesstage', '阶段', '销售阶段', '商机阶段'],
	'deal.ownerEmail': ['owneremail', 'owneremailaddress', '负责人邮箱', '销售邮箱']
};

/**
 * A header may name its record first ('Opportunity Stage', 'Contact Email', 'Deal owner email'):
 * such a prefix is dropped, but only in front of that record's own fields, so 'Account ID' does not
 * become a deal id and 'Deal owner' stays unmapped.
 */
const RECORD_PREFIXES: Record<'account' | 'contact' | 'deal', string[]> = {
	account: ['account', 'company', '客户', '公司'],
	contact: ['contact', '联系人'],
	deal: ['opportunity', 'deal', '商机', '机会']
};

/** 'Record ID' and 'ID' only say which record when the file is about deals. */
const DEAL_ONLY_IDS = new Set(['recordid', 'id']);
/** Columns that show a file holds deals. */
const DEALISH: ImportField[] = ['deal.title', 'deal.stage', 'deal.amount', 'deal.closeDate'];

interface Candidate {
	column: number;
	field: ImportField;
	score: number;
	header: string;
}

function candidatesFor(header: string, column: number): Candidate[] {
	const out: Candidate[] = [];
	for (const field of IMPORT_FIELDS) {
		const aliases = HEADER_ALIASES[field];
		const exact = aliases.indexOf(header);
		if (exact >= 0) {
			out.push({ column, field, score: 100 - exact, header });
			continue;
		}
		const record = field.slice(0, field.indexOf('.')) as keyof typeof RECORD_PREFIXES;
		for (const prefix of RECORD_PREFIXES[record]) {
			if (!header.startsWith(prefix) || header.length === prefix.length) continue;
			const rest = aliases.indexOf(header.slice(prefix.length));
			if (rest >= 0) out.push({ column, field, score: 50 - rest, header });
		}
	}
	return out;
}

/**
 * For each column (by header), the field it most likely holds, or null; each field used at most once
 * (the best-matching column wins, ties: the leftmost). The import screen shows this as the starting
 * mapping, so a wrong guess costs a click but a guessed owner email from a name column would
 * silently assign deals to nobody: unknown columns stay null.
 */
export function guessMapping(headers: string[]): (ImportField | null)[] {
	let candidates = headers.flatMap((h, i) => candidatesFor(squash(h), i));
	const hasDealish = candidates.some((c) => DEALISH.includes(c.field));
	const hasDealTitle = candidates.some((c) => c.field === 'deal.title');
	candidates = candidates.filter((c) => {
		if (c.field === 'deal.externalId' && DEAL_ONLY_IDS.has(c.header)) return hasDealish;
		if (c.field === 'contact.name' && c.header === 'name') return !hasDealTitle;
		return true;
	});
	candidates.sort((a, b) => b.score - a.score || a.column - b.column);
	const mapping: (ImportField | null)[] = headers.map(() => null);
	const used = new Set<ImportField>();
	for (const c of candidates) {
		if (mapping[c.column] !== null || used.has(c.field)) continue;
		mapping[c.column] = c.field;
		used.add(c.field);
	}
	return mapping;
}

type StageGuess = { stage: SalesStage; status: 'open' | 'won' | 'lost' };
const open = (stage: SalesStage): StageGuess => ({ stage, status: 'open' });
const WON: StageGuess = { stage: 'orderConfirmed', status: 'won' };
/** A lost deal's last stage is not in the export; it lands at the start. */
const LOST: StageGuess = { stage: 'lead', status: 'lost' };

/**
 * Stage values, squashed, to our stage. Each CRM stage means the stage the deal is working on now:
 * Salesforce's default opportunity stages, HubSpot's default sales pipeline (labels and internal
 * ids), our own ids and names in both languages, and words Chinese CRMs use.
 */
const STAGE_VALUES: Record<string, StageGuess> = {
	// Salesforce
	prospecting: open('lead'),
	qualification: open('opportunity'),
	needsanalysis: open('needsConfirmed'),
	valueproposition: open('customerAcceptance'),
	iddecisionmakers: open('customerAcceptance'),
	perceptionanalysis: open('solutionConfirmed'),
	proposalpricequote: open('solutionConfirmed'),
	proposal: open('solutionConfirmed'),
	pricequote: open('solutionConfirmed'),
	negotiationreview: open('riskAssessment'),
	negotiation: open('riskAssessment'),
	closedwon: WON,
	closedlost: LOST,
	won: WON,
	lost: LOST,
	// HubSpot (the squashed label equals the internal id)
	appointmentscheduled: open('opportunity'),
	qualifiedtobuy: open('needsConfirmed'),
	presentationscheduled: open('customerAcceptance'),
	decisionmakerboughtin: open('solutionConfirmed'),
	contractsent: open('orderConfirmed'),
	// Ours: the ids, which squashed equal the English names
	lead: open('lead'),
	opportunity: open('opportunity'),
	needsconfirmed: open('needsConfirmed'),
	customeracceptance: open('customerAcceptance'),
	solutionconfirmed: open('solutionConfirmed'),
	riskassessment: open('riskAssessment'),
	orderconfirmed: open('orderConfirmed'),
	销售线索: open('lead'),
	挖掘商机: open('opportunity'),
	需求确认: open('needsConfirmed'),
	客户认可: open('customerAcceptance'),
	方案确认: open('solutionConfirmed'),
	风险评估: open('riskAssessment'),
	订单确认: open('orderConfirmed'),
	// Common Chinese CRM words
	线索: open('lead'),
	初步接洽: open('opportunity'),
	谈判: open('riskAssessment'),
	商务谈判: open('riskAssessment'),
	赢单: WON,
	已赢单: WON,
	成交: WON,
	已成交: WON,
	输单: LOST,
	已输单: LOST,
	丢单: LOST,
	失败: LOST
};

/**
 * A CRM stage value (Salesforce, HubSpot — labels and internal ids like `closedwon`,
 * `appointmentscheduled` — our own English/Chinese stage names, common Chinese CRM words like
 * 赢单/输单/成交/谈判) → our stage and status; null when unknown, so the import asks instead of
 * putting a custom stage somewhere arbitrary. Case/space/punctuation-insensitive.
 */
export function guessStage(value: string): { stage: SalesStage; status: 'open' | 'won' | 'lost' } | null {
	const found = STAGE_VALUES[squash(value)];
	return found ? { ...found } : null;
}

/** 'dot': 1,234.56   'comma': 1.234,56 (also 1 234,56 with a space/nbsp/narrow-nbsp as thousands separator). */
export type NumberFormat = 'dot' | 'comma';

/** Active ISO 4217 codes: a three-letter word next to a number is a currency only when it is one of these. */
const ISO_CURRENCIES = new Set(
	(
		'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK ' +
		'DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD ' +
		'KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON ' +
		'RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF ' +
		'XCD XCG XOF XPF YER ZAR ZMW ZWG'
	).split(' ')
);

/** Symbols and words, longest first so 美元 is read before 元 and US$ before $. (￥ arrives as ¥ after NFKC.) */
const CURRENCY_MARKS: [string, string][] = [
	['人民币', 'CNY'],
	['美元', 'USD'],
	['欧元', 'EUR'],
	['英镑', 'GBP'],
	['港元', 'HKD'],
	['港币', 'HKD'],
	['日元', 'JPY'],
	['US$', 'USD'],
	['HK$', 'HKD'],
	['NT$', 'TWD'],
	['$', 'USD'],
	['€', 'EUR'],
	['£', 'GBP'],
	['¥', 'CNY'],
	['元', 'CNY']
];

/** Chinese amounts are often written in 万 (10⁴) or 亿 (10⁸): '12万' is 120,000. */
const MULTIPLIERS: Record<string, number> = { 万: 4, 亿: 8 };

interface AmountParts {
	/** The number alone, upper-cased, still with its separators. */
	core: string;
	negative: boolean;
	/** From ISO codes (and RMB): unambiguous. */
	codes: Set<string>;
	/** From symbols and words: $ may be any dollar, so a code next to it wins. */
	marks: Set<string>;
	/** Power of ten from 万/亿. */
	shift: number;
}

/** Peels signs, parentheses, currencies and 万/亿 off both ends of an amount, in any order. */
function splitAmount(value: string): AmountParts | null {
	let s = value.normalize('NFKC').toUpperCase().trim();
	if (!s) return null;
	const parts: AmountParts = { core: '', negative: false, codes: new Set(), marks: new Set(), shift: 0 };
	for (let guard = 0; guard < 12; guard++) {
		const before = s;
		if (s.length > 1 && s.startsWith('(') && s.endsWith(')')) {
			parts.negative = true;
			s = s.slice(1, -1);
		} else if (/^[-−]/.test(s)) {
			parts.negative = true;
			s = s.slice(1);
		} else if (/[-−]$/.test(s)) {
			parts.negative = true;
			s = s.slice(0, -1);
		} else if (s.startsWith('+')) {
			s = s.slice(1);
		} else {
			const mark = CURRENCY_MARKS.find(([m]) => s.startsWith(m) || s.endsWith(m));
			const prefixCode = /^([A-Z]{3})(?![A-Z])/.exec(s)?.[1];
			const suffixCode = /(?<![A-Z])([A-Z]{3})$/.exec(s)?.[1];
			const isCode = (c: string | undefined): c is string => !!c && (ISO_CURRENCIES.has(c) || c === 'RMB');
			const multiplier = Object.keys(MULTIPLIERS).find((m) => s.endsWith(m));
			if (mark) {
				parts.marks.add(mark[1]);
				s = s.startsWith(mark[0]) ? s.slice(mark[0].length) : s.slice(0, -mark[0].length);
			} else if (isCode(prefixCode)) {
				parts.codes.add(prefixCode === 'RMB' ? 'CNY' : prefixCode);
				s = s.slice(3);
			} else if (isCode(suffixCode)) {
				parts.codes.add(suffixCode === 'RMB' ? 'CNY' : suffixCode);
				s = s.slice(0, -3);
			} else if (multiplier && parts.shift === 0) {
				parts.shift = MULTIPLIERS[multiplier]!;
				s = s.slice(0, -1);
			}
		}
		s = s.trim();
		if (s === before) break;
	}
	parts.core = s;
	return parts;
}

const DECIMAL: Record<NumberFormat, string> = { dot: '.', comma: ',' };
/** Thousands separators per format (after NFKC every kind of space is a plain space). */
const GROUPING: Record<NumberFormat, string[]> = { dot: [',', ' ', "'", '’'], comma: ['.', ' '] };

/** Digits before and after the decimal point, and a power of ten (scientific notation as spreadsheets show big numbers). */
function parseNumber(core: string, format: NumberFormat): { int: string; frac: string; exp: number } | null {
	const dec = DECIMAL[format] === '.' ? '\\.' : ',';
	const sci = new RegExp(`^(\\d+)(?:${dec}(\\d+))?E([+-]?\\d{1,3})$`).exec(core);
	if (sci) return { int: sci[1]!, frac: sci[2] ?? '', exp: Number(sci[3]) };
	const pieces = core.split(DECIMAL[format]);
	if (pieces.length > 2) return null;
	const [int = '', frac = ''] = pieces;
	if (pieces.length === 2 && !/^\d+$/.test(frac)) return null;
	if (int === '' && frac === '') return null;
	if (int !== '' && !/^\d+$/.test(int)) {
		const sep = /\D/.exec(int)![0];
		if (!GROUPING[format].includes(sep)) return null;
		const esc = sep.replace(/[.]/g, '\\.');
		const western = new RegExp(`^\\d{1,3}(?:${esc}\\d{3})+$`);
		const indian = /^\d{1,2}(?:,\d{2})*,\d{3}$/;
		if (!western.test(int) && !(sep === ',' && indian.test(int))) return null;
	}
	return { int: int.replace(/\D/g, '') || '0', frac, exp: 0 };
}

/** Moves the decimal point `by` places to the right, on digit strings (no rounding, no float). */
function shiftDecimal(int: string, frac: string, by: number): { int: string; frac: string } {
	const digits = int + frac;
	const point = int.length + by;
	if (point <= 0) return { int: '0', frac: '0'.repeat(-point) + digits };
	if (point >= digits.length) return { int: digits + '0'.repeat(point - digits.length), frac: '' };
	return { int: digits.slice(0, point), frac: digits.slice(point) };
}

/**
 * From sample amount strings, which format the file uses (default 'dot' when nothing decides it).
 * A decimal part of one or two digits, or both separators in one number, decides; three digits
 * after a lone separator ('12,000', '12.500') only hints, since amounts rarely have three decimals.
 */
export function detectNumberFormat(samples: string[]): NumberFormat {
	const strong = { dot: 0, comma: 0 };
	const weak = { dot: 0, comma: 0 };
	for (const sample of samples) {
		const core = splitAmount(sample)?.core.replace(/E[+-]?\d+$/, '').replace(/[\s'’]/g, '');
		if (!core || !/^[\d.,]+$/.test(core)) continue;
		const dot = core.lastIndexOf('.');
		const comma = core.lastIndexOf(',');
		if (dot >= 0 && comma >= 0) {
			strong[dot > comma ? 'dot' : 'comma']++;
			continue;
		}
		const sep = dot >= 0 ? '.' : comma >= 0 ? ',' : null;
		if (!sep) continue;
		const { format, other } = sep === '.' ? { format: 'dot' as const, other: 'comma' as const } : { format: 'comma' as const, other: 'dot' as const };
		const after = core.length - core.lastIndexOf(sep) - 1;
		if (core.split(sep).length > 2) strong[other]++;
		else if (after === 1 || after === 2) strong[format]++;
		else if (after === 3) weak[other]++;
	}
	if (strong.dot !== strong.comma) return strong.comma > strong.dot ? 'comma' : 'dot';
	return weak.comma > weak.dot ? 'comma' : 'dot';
}

/**
 * '' or whitespace → null. Otherwise an amount ≥ 0 with at most 2 decimals and < 1e12, and a
 * currency when the text shows one (symbols $ → USD, € → EUR, £ → GBP, ¥/￥/元/RMB/CNY → CNY,
 * or a 3-letter ISO code before/after the number, e.g. 'USD 12,000', '12000 EUR'; a code wins over
 * a symbol next to it, as '$' may be any dollar); Chinese 万 (and 亿) multipliers supported ('12万' =
 * 120000, '1.5万元' → 15000 CNY); '(1,000)' or '-5' → error 'negative'; ≥ 1e12 → 'tooLarge';
 * anything else, including more than 2 decimals (a sign of a misread format: '12,345' in a comma
 * file) → 'notANumber'. Nothing is rounded: an import must not change amounts silently.
 */
export function parseAmount(value: string, format: NumberFormat): { amount: number; currency: string | null } | { error: 'notANumber' | 'negative' | 'tooLarge' } | null {
	const parts = splitAmount(value);
	if (!parts) return null;
	const number = parseNumber(parts.core, format);
	if (!number || parts.codes.size > 1 || (parts.codes.size === 0 && parts.marks.size > 1)) return { error: 'notANumber' };
	const shifted = shiftDecimal(number.int, number.frac, number.exp + parts.shift);
	const int = shifted.int.replace(/^0+(?=\d)/, '');
	const frac = shifted.frac.replace(/0+$/, '');
	if (parts.negative && (int !== '0' || frac !== '')) return { error: 'negative' };
	if (int.length > 12) return { error: 'tooLarge' };
	if (frac.length > 2) return { error: 'notANumber' };
	const currency = [...parts.codes][0] ?? [...parts.marks][0] ?? null;
	return { amount: Number(`${int}.${frac || '0'}`), currency };
}

export type DateOrder = 'ymd' | 'mdy' | 'dmy';

/** A trailing time ('14:30', 'T14:30:00Z', ' 2:30 PM', '+08:00'): a close date is a calendar day. */
const TRAILING_TIME = /(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AP]\.?M\.?)?(?:\s*(?:Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT))?$/i;

type DateParts = { yearFirst: true; y: string; m: string; d: string } | { yearFirst: false; a: string; b: string; y: string; sep: string };

function dateParts(value: string): DateParts | null {
	const s = value.normalize('NFKC').trim().replace(TRAILING_TIME, '');
	const cjk = /^(\d{4}|\d{2})年(\d{1,2})月(\d{1,2})日?$/.exec(s);
	if (cjk) return { yearFirst: true, y: cjk[1]!, m: cjk[2]!, d: cjk[3]! };
	const ymd = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(s);
	if (ymd) return { yearFirst: true, y: ymd[1]!, m: ymd[3]!, d: ymd[4]! };
	const other = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(s);
	if (other) return { yearFirst: false, a: other[1]!, b: other[3]!, y: other[4]!, sep: other[2]! };
	return null;
}

/**
 * From sample date strings, the field order: ymd when years come first (2026-12-31, 2026/12/31,
 * 2026年12月31日), otherwise dmy if any first part > 12, mdy if any second part > 12, else 'mdy'
 * (Salesforce US default) — unless the separator is '.' (German 31.12.2026 style) which means dmy.
 * Year-first dates read the same under every order, so in a column mixing both kinds the others
 * decide.
 */
export function detectDateOrder(samples: string[]): DateOrder {
	let yearFirst = 0;
	let others = 0;
	let firstOver12 = false;
	let secondOver12 = false;
	let dotted = false;
	for (const sample of samples) {
		const p = dateParts(sample);
		if (!p) continue;
		if (p.yearFirst) {
			yearFirst++;
			continue;
		}
		others++;
		if (Number(p.a) > 12) firstOver12 = true;
		if (Number(p.b) > 12) secondOver12 = true;
		if (p.sep === '.') dotted = true;
	}
	if (others === 0) return yearFirst > 0 ? 'ymd' : 'mdy';
	if (firstOver12) return 'dmy';
	if (secondOver12) return 'mdy';
	return dotted ? 'dmy' : 'mdy';
}

const NOT_A_DATE = { error: 'notADate' } as const;

/**
 * '' → null. Returns 'YYYY-MM-DD' for a valid calendar date (accepts separators - / . and 年月日,
 * 2-digit years as 20xx, an optional trailing time like ' 14:30' or 'T14:30:00Z' which is ignored,
 * and ISO). A 4-digit year first is always y-m-d; under 'ymd' an all-two-digit date is y/m/d, and a
 * year-last date is read only when a part over 12 makes it unambiguous. Years outside 1900–2999
 * and invalid dates (2026-02-30, 13/13/2026, 'next week') → { error: 'notADate' }.
 */
export function parseDate(value: string, order: DateOrder): string | { error: 'notADate' } | null {
	if (!value.trim()) return null;
	const p = dateParts(value);
	if (!p) return { ...NOT_A_DATE };
	let y: string;
	let m: number;
	let d: number;
	if (p.yearFirst) [y, m, d] = [p.y, Number(p.m), Number(p.d)];
	else if (order === 'ymd' && p.y.length === 2) [y, m, d] = [p.a, Number(p.b), Number(p.y)];
	else {
		const a = Number(p.a);
		const b = Number(p.b);
		const effective = order !== 'ymd' ? order : a > 12 ? 'dmy' : b > 12 ? 'mdy' : null;
		if (!effective) return { ...NOT_A_DATE };
		y = p.y;
		[m, d] = effective === 'mdy' ? [a, b] : [b, a];
	}
	const year = y.length === 2 ? 2000 + Number(y) : Number(y);
	if (year < 1900 || year > 2999 || m < 1 || m > 12 || d < 1) return { ...NOT_A_DATE };
	const daysInMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
	if (d > daysInMonth) return { ...NOT_A_DATE };
	return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Whether a cell would be read as a formula by a spreadsheet (starts with = + - @ or a tab/CR,
 * after optional whitespace), e.g. `=cmd|' /C calc'!A0`: imported text comes back out in our CSV
 * exports and must not run there. Negative numbers like '-5' are NOT formulas, so amounts are not
 * flagged.
 */
export function looksLikeFormula(value: string): boolean {
	const lead = /^\s*/.exec(value)![0];
	if (/[\t\r]/.test(lead)) return true;
	const rest = value.slice(lead.length);
	if (/^[=+@]/.test(rest)) return true;
	return rest.startsWith('-') && !/^-\s?\d[\d.,' \u00a0\u202f]*$/.test(rest.trimEnd());
}
