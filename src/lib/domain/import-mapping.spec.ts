import { describe, expect, it } from 'vitest';
import {
	detectDateOrder,
	detectNumberFormat,
	guessMapping,
	guessStage,
	IMPORT_FIELDS,
	looksLikeFormula,
	parseAmount,
	parseDate,
	type ImportField
} from './import-mapping.ts';

/** The mapping as header → field, so a failure shows which column went wrong. */
const mapped = (headers: string[]) => {
	const fields = guessMapping(headers);
	return Object.fromEntries(headers.map((h, i) => [h, fields[i]]));
};

describe('guessMapping', () => {
	it('maps a Salesforce opportunities report, leaving the owner name, probability and the rest unmapped', () => {
		const headers = [
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
			'Type',
			'Lead Source',
			'Next Step',
			'Created Date'
		];
		expect(mapped(headers)).toEqual({
			'Opportunity ID': 'deal.externalId',
			'Opportunity Name': 'deal.title',
			'Account Name': 'account.name',
			Amount: 'deal.amount',
			'Amount Currency': 'deal.currency',
			'Close Date': 'deal.closeDate',
			Stage: 'deal.stage',
			'Opportunity Owner': null,
			'Owner Email': 'deal.ownerEmail',
			'Probability (%)': null,
			Type: null,
			'Lead Source': null,
			'Next Step': null,
			'Created Date': null
		});
		expect(guessMapping(['Opportunity Name', 'Opportunity Currency'])).toEqual(['deal.title', 'deal.currency']);
	});

	it('maps Salesforce accounts and contacts exports, ids of accounts and contacts unmapped', () => {
		expect(guessMapping(['Account ID', 'Account Name', 'Website', 'Industry', 'Billing City'])).toEqual([null, 'account.name', 'account.domain', 'account.industry', null]);
		expect(guessMapping(['Contact ID', 'First Name', 'Last Name', 'Full Name', 'Title', 'Email', 'Phone', 'Account Name'])).toEqual([
			null,
			'contact.firstName',
			'contact.lastName',
			'contact.name',
			'contact.title',
			'contact.email',
			null,
			'account.name'
		]);
	});

	it('maps a HubSpot deals export: Record ID is the deal id, the owner name stays unmapped', () => {
		const headers = ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Deal owner', 'Pipeline', 'Associated Company', 'Create Date', 'Currency', 'Deal owner email'];
		expect(mapped(headers)).toEqual({
			'Record ID': 'deal.externalId',
			'Deal Name': 'deal.title',
			'Deal Stage': 'deal.stage',
			Amount: 'deal.amount',
			'Close Date': 'deal.closeDate',
			'Deal owner': null,
			Pipeline: null,
			'Associated Company': 'account.name',
			'Create Date': null,
			Currency: 'deal.currency',
			'Deal owner email': 'deal.ownerEmail'
		});
		expect(guessMapping(['Deal Name', 'Owner email'])).toEqual(['deal.title', 'deal.ownerEmail']);
	});

	it('maps HubSpot companies and contacts, where Record ID is not a deal id', () => {
		expect(guessMapping(['Record ID', 'Company name', 'Company Domain Name', 'Website URL', 'Industry', 'Company owner'])).toEqual([
			null,
			'account.name',
			'account.domain',
			null,
			'account.industry',
			null
		]);
		expect(guessMapping(['Record ID', 'Company name', 'Website URL'])).toEqual([null, 'account.name', 'account.domain']);
		expect(guessMapping(['Record ID', 'First Name', 'Last Name', 'Email', 'Job Title', 'Company Name', 'Associated Company'])).toEqual([
			null,
			'contact.firstName',
			'contact.lastName',
			'contact.email',
			'contact.title',
			'account.name',
			null
		]);
	});

	it('maps Chinese headers', () => {
		const headers = ['商机编号', '商机名称', '客户名称', '网站', '行业', '联系人', '邮箱', '职位', '预计金额', '币种', '预计成交日期', '销售阶段', '负责人邮箱'];
		expect(guessMapping(headers)).toEqual([
			'deal.externalId',
			'deal.title',
			'account.name',
			'account.domain',
			'account.industry',
			'contact.name',
			'contact.email',
			'contact.title',
			'deal.amount',
			'deal.currency',
			'deal.closeDate',
			'deal.stage',
			'deal.ownerEmail'
		]);
		const alternatives: [string, ImportField][] = [
			['公司名称', 'account.name'],
			['客户', 'account.name'],
			['公司', 'account.name'],
			['域名', 'account.domain'],
			['姓名', 'contact.name'],
			['电子邮件', 'contact.email'],
			['职务', 'contact.title'],
			['机会名称', 'deal.title'],
			['项目名称', 'deal.title'],
			['金额', 'deal.amount'],
			['货币', 'deal.currency'],
			['成交日期', 'deal.closeDate'],
			['结单日期', 'deal.closeDate'],
			['阶段', 'deal.stage'],
			['机会ID', 'deal.externalId']
		];
		for (const [header, field] of alternatives) expect(guessMapping([header]), header).toEqual([field]);
	});

	it('maps a file holding accounts, contacts and deals in one row', () => {
		const headers = ['Account Name', 'Website', 'Industry', 'Contact Name', 'Contact Email', 'Job Title', 'Opportunity Name', 'Amount', 'Close Date', 'Stage'];
		expect(guessMapping(headers)).toEqual([
			'account.name',
			'account.domain',
			'account.industry',
			'contact.name',
			'contact.email',
			'contact.title',
			'deal.title',
			'deal.amount',
			'deal.closeDate',
			'deal.stage'
		]);
	});

	it('ignores case, spaces, underscores and punctuation', () => {
		expect(guessMapping(['OPPORTUNITY_NAME', 'close-date', ' e-mail ', 'probability(%)', 'Ｃｌｏｓｅ Ｄａｔｅ'])).toEqual(['deal.title', 'deal.closeDate', 'contact.email', null, null]);
	});

	it('keeps a plain Email as the contact’s in a deals file, and reads Name as a contact only without a deal title', () => {
		expect(guessMapping(['Opportunity Name', 'Amount', 'Email'])).toEqual(['deal.title', 'deal.amount', 'contact.email']);
		expect(guessMapping(['Name', 'Email', 'Account Name'])).toEqual(['contact.name', 'contact.email', 'account.name']);
		expect(guessMapping(['Name', 'Deal Name', 'Amount'])).toEqual([null, 'deal.title', 'deal.amount']);
	});

	it('uses each field at most once: the best-matching column wins, ties go to the leftmost', () => {
		expect(guessMapping(['Associated Company', 'Company name'])).toEqual([null, 'account.name']);
		expect(guessMapping(['Amount', 'Amount'])).toEqual(['deal.amount', null]);
		expect(guessMapping(['Opportunity Stage', 'Stage'])).toEqual([null, 'deal.stage']);
		const everything = ['Opportunity ID', 'Opportunity Name', 'Account Name', 'Company', 'Website', 'Domain', 'Email', 'Contact Email', 'Stage', 'Deal Stage', 'Amount', '金额'];
		const fields = guessMapping(everything).filter((f) => f !== null);
		expect(fields.length).toBeGreaterThan(6);
		expect(new Set(fields).size).toBe(fields.length);
		for (const f of fields) expect(IMPORT_FIELDS).toContain(f);
	});

	it('leaves unknown headers, and an empty header row, unmapped', () => {
		expect(guessMapping(['Foo', 'Bar', 'Baz', ''])).toEqual([null, null, null, null]);
		expect(guessMapping([])).toEqual([]);
	});
});

describe('guessStage', () => {
	const cases: [string, string, 'open' | 'won' | 'lost'][] = [
		// Salesforce
		['Prospecting', 'lead', 'open'],
		['Qualification', 'opportunity', 'open'],
		['Needs Analysis', 'needsConfirmed', 'open'],
		['Value Proposition', 'customerAcceptance', 'open'],
		['Id. Decision Makers', 'customerAcceptance', 'open'],
		['Perception Analysis', 'solutionConfirmed', 'open'],
		['Proposal/Price Quote', 'solutionConfirmed', 'open'],
		['Negotiation/Review', 'riskAssessment', 'open'],
		['Closed Won', 'orderConfirmed', 'won'],
		['Closed Lost', 'lead', 'lost'],
		// HubSpot labels and internal ids
		['Appointment Scheduled', 'opportunity', 'open'],
		['appointmentscheduled', 'opportunity', 'open'],
		['Qualified To Buy', 'needsConfirmed', 'open'],
		['qualifiedtobuy', 'needsConfirmed', 'open'],
		['Presentation Scheduled', 'customerAcceptance', 'open'],
		['presentationscheduled', 'customerAcceptance', 'open'],
		['Decision Maker Bought-In', 'solutionConfirmed', 'open'],
		['decisionmakerboughtin', 'solutionConfirmed', 'open'],
		['Contract Sent', 'orderConfirmed', 'open'],
		['contractsent', 'orderConfirmed', 'open'],
		['closedwon', 'orderConfirmed', 'won'],
		['closedlost', 'lead', 'lost'],
		// Ours: ids, English and Chinese names
		['lead', 'lead', 'open'],
		['opportunity', 'opportunity', 'open'],
		['needsConfirmed', 'needsConfirmed', 'open'],
		['customerAcceptance', 'customerAcceptance', 'open'],
		['solutionConfirmed', 'solutionConfirmed', 'open'],
		['riskAssessment', 'riskAssessment', 'open'],
		['orderConfirmed', 'orderConfirmed', 'open'],
		['Lead', 'lead', 'open'],
		['Opportunity', 'opportunity', 'open'],
		['Needs confirmed', 'needsConfirmed', 'open'],
		['Customer acceptance', 'customerAcceptance', 'open'],
		['Solution confirmed', 'solutionConfirmed', 'open'],
		['Risk assessment', 'riskAssessment', 'open'],
		['Order confirmed', 'orderConfirmed', 'open'],
		['销售线索', 'lead', 'open'],
		['挖掘商机', 'opportunity', 'open'],
		['需求确认', 'needsConfirmed', 'open'],
		['客户认可', 'customerAcceptance', 'open'],
		['方案确认', 'solutionConfirmed', 'open'],
		['风险评估', 'riskAssessment', 'open'],
		['订单确认', 'orderConfirmed', 'open'],
		// Chinese CRM words
		['赢单', 'orderConfirmed', 'won'],
		['成交', 'orderConfirmed', 'won'],
		['已成交', 'orderConfirmed', 'won'],
		['输单', 'lead', 'lost'],
		['丢单', 'lead', 'lost'],
		['失败', 'lead', 'lost'],
		['谈判', 'riskAssessment', 'open'],
		['商务谈判', 'riskAssessment', 'open'],
		['初步接洽', 'opportunity', 'open']
	];

	it('knows every Salesforce, HubSpot, own and Chinese stage value', () => {
		for (const [value, stage, status] of cases) expect(guessStage(value), value).toEqual({ stage, status });
	});

	it('ignores case, spaces and punctuation', () => {
		expect(guessStage('  CLOSED - WON ')).toEqual({ stage: 'orderConfirmed', status: 'won' });
		expect(guessStage('closed_lost')).toEqual({ stage: 'lead', status: 'lost' });
		expect(guessStage('negotiation / review')).toEqual({ stage: 'riskAssessment', status: 'open' });
		expect(guessStage('needs_confirmed')).toEqual({ stage: 'needsConfirmed', status: 'open' });
	});

	it('is null for unknown values', () => {
		for (const value of ['', '   ', 'Closed', 'Stage 4', '12345678', 'Onboarding', '待定']) expect(guessStage(value), value).toBeNull();
	});
});

describe('parseAmount', () => {
	it('reads both number formats, with thousands separators of every kind', () => {
		expect(parseAmount('1,234.56', 'dot')).toEqual({ amount: 1234.56, currency: null });
		expect(parseAmount('1.234,56', 'comma')).toEqual({ amount: 1234.56, currency: null });
		expect(parseAmount('1 234,56', 'comma')).toEqual({ amount: 1234.56, currency: null });
		expect(parseAmount('1\u00a0234,56', 'comma')).toEqual({ amount: 1234.56, currency: null });
		expect(parseAmount('1\u202f234\u202f567,5', 'comma')).toEqual({ amount: 1234567.5, currency: null });
		expect(parseAmount('12.500,00', 'comma')).toEqual({ amount: 12500, currency: null });
		expect(parseAmount('45000', 'dot')).toEqual({ amount: 45000, currency: null });
		expect(parseAmount('120,000.00', 'dot')).toEqual({ amount: 120000, currency: null });
		expect(parseAmount('0', 'dot')).toEqual({ amount: 0, currency: null });
	});

	it('rejects a number written in the other format', () => {
		expect(parseAmount('1.234,56', 'dot')).toEqual({ error: 'notANumber' });
		expect(parseAmount('1,234.56', 'comma')).toEqual({ error: 'notANumber' });
		expect(parseAmount('12,34', 'dot')).toEqual({ error: 'notANumber' });
		expect(parseAmount('12,345', 'comma')).toEqual({ error: 'notANumber' });
	});

	it('reads currency symbols, words and ISO codes before or after the number', () => {
		expect(parseAmount('$12,000.00', 'dot')).toEqual({ amount: 12000, currency: 'USD' });
		expect(parseAmount('€1.250,50', 'comma')).toEqual({ amount: 1250.5, currency: 'EUR' });
		expect(parseAmount('£99', 'dot')).toEqual({ amount: 99, currency: 'GBP' });
		expect(parseAmount('¥1,200', 'dot')).toEqual({ amount: 1200, currency: 'CNY' });
		expect(parseAmount('￥1,200', 'dot')).toEqual({ amount: 1200, currency: 'CNY' });
		expect(parseAmount('RMB 8,000', 'dot')).toEqual({ amount: 8000, currency: 'CNY' });
		expect(parseAmount('8000 CNY', 'dot')).toEqual({ amount: 8000, currency: 'CNY' });
		expect(parseAmount('USD 12,000', 'dot')).toEqual({ amount: 12000, currency: 'USD' });
		expect(parseAmount('12000 EUR', 'dot')).toEqual({ amount: 12000, currency: 'EUR' });
		expect(parseAmount('12000eur', 'dot')).toEqual({ amount: 12000, currency: 'EUR' });
		expect(parseAmount('$5,000 CAD', 'dot')).toEqual({ amount: 5000, currency: 'CAD' });
		expect(parseAmount('3万美元', 'dot')).toEqual({ amount: 30000, currency: 'USD' });
	});

	it('multiplies by 万 (and 亿)', () => {
		expect(parseAmount('12万', 'dot')).toEqual({ amount: 120000, currency: null });
		expect(parseAmount('1.5万元', 'dot')).toEqual({ amount: 15000, currency: 'CNY' });
		expect(parseAmount('1,5万', 'comma')).toEqual({ amount: 15000, currency: null });
		expect(parseAmount('¥ 2.345678万', 'dot')).toEqual({ amount: 23456.78, currency: 'CNY' });
		expect(parseAmount('1.2亿', 'dot')).toEqual({ amount: 120000000, currency: null });
	});

	it('is negative for parentheses and minus signs', () => {
		for (const v of ['(1,000)', '-5', '-$5', '$-5', '(USD 1,000)', '5-', '−5']) expect(parseAmount(v, 'dot'), v).toEqual({ error: 'negative' });
	});

	it('is tooLarge from 1e12 on, scientific notation included', () => {
		expect(parseAmount('1e15', 'dot')).toEqual({ error: 'tooLarge' });
		expect(parseAmount('1,000,000,000,000', 'dot')).toEqual({ error: 'tooLarge' });
		expect(parseAmount('100000000万', 'dot')).toEqual({ error: 'tooLarge' });
		expect(parseAmount('99999999.9999万', 'dot')).toEqual({ amount: 999999999999, currency: null });
		expect(parseAmount('999,999,999,999.99', 'dot')).toEqual({ amount: 999999999999.99, currency: null });
		expect(parseAmount('1.2E+3', 'dot')).toEqual({ amount: 1200, currency: null });
	});

	it('is notANumber for text, more than two decimals, bad grouping and mixed currencies', () => {
		for (const v of ['abc', 'TBD', '$', '12.345', '1,2345', '12 abc', 'USD 5 EUR', '€5£', '1.2.3', '1e15x', 'N/A']) {
			expect(parseAmount(v, 'dot'), v).toEqual({ error: 'notANumber' });
		}
		expect(parseAmount('12.340', 'dot')).toEqual({ amount: 12.34, currency: null });
	});

	it('is null for an empty cell', () => {
		expect(parseAmount('', 'dot')).toBeNull();
		expect(parseAmount(' \u00a0 ', 'comma')).toBeNull();
	});
});

describe('detectNumberFormat', () => {
	it('is decided by the decimal part, or by both separators in one number', () => {
		expect(detectNumberFormat(['1,234.56', '99'])).toBe('dot');
		expect(detectNumberFormat(['1.234,56', '99'])).toBe('comma');
		expect(detectNumberFormat(['1 234,56'])).toBe('comma');
		expect(detectNumberFormat(['€12,5'])).toBe('comma');
		expect(detectNumberFormat(['$12.50'])).toBe('dot');
		expect(detectNumberFormat(['1.234.567'])).toBe('comma');
		expect(detectNumberFormat(['1,234,567'])).toBe('dot');
	});

	it('lets three digits after a separator only hint, and a clear sample outweigh it', () => {
		expect(detectNumberFormat(['12.500', '3.000'])).toBe('comma');
		expect(detectNumberFormat(['12,000'])).toBe('dot');
		expect(detectNumberFormat(['12.500', '3.000', '7,25'])).toBe('comma');
		expect(detectNumberFormat(['12.500', '3.000', '7.25'])).toBe('dot');
	});

	it('defaults to dot when nothing decides it', () => {
		expect(detectNumberFormat([])).toBe('dot');
		expect(detectNumberFormat(['45000', '', 'TBD', '12万'])).toBe('dot');
	});
});

describe('detectDateOrder', () => {
	it('is ymd when years come first', () => {
		expect(detectDateOrder(['2026-12-31', '2026/1/5'])).toBe('ymd');
		expect(detectDateOrder(['2026年12月31日'])).toBe('ymd');
		expect(detectDateOrder(['2026-11-30 00:00', '2026-12-31T10:00:00Z'])).toBe('ymd');
	});

	it('is dmy when a first part is over 12, mdy when a second part is', () => {
		expect(detectDateOrder(['1/5/2026', '31/12/2026'])).toBe('dmy');
		expect(detectDateOrder(['1/5/2026', '12/31/2026'])).toBe('mdy');
		expect(detectDateOrder(['2026-01-05', '13/01/2026'])).toBe('dmy');
	});

	it('defaults to mdy (Salesforce US), or dmy with dots', () => {
		expect(detectDateOrder(['1/5/2026', '3/4/2026'])).toBe('mdy');
		expect(detectDateOrder([])).toBe('mdy');
		expect(detectDateOrder(['next week'])).toBe('mdy');
		expect(detectDateOrder(['01.05.2026'])).toBe('dmy');
		expect(detectDateOrder(['31.12.2026'])).toBe('dmy');
	});
});

describe('parseDate', () => {
	it('reads each order', () => {
		expect(parseDate('12/31/2026', 'mdy')).toBe('2026-12-31');
		expect(parseDate('31/12/2026', 'dmy')).toBe('2026-12-31');
		expect(parseDate('31.12.2026', 'dmy')).toBe('2026-12-31');
		expect(parseDate('1/5/2026', 'mdy')).toBe('2026-01-05');
		expect(parseDate('1/5/2026', 'dmy')).toBe('2026-05-01');
		expect(parseDate('26/12/31', 'ymd')).toBe('2026-12-31');
	});

	it('reads year-first dates whatever the order', () => {
		for (const order of ['ymd', 'mdy', 'dmy'] as const) {
			expect(parseDate('2026-12-31', order)).toBe('2026-12-31');
			expect(parseDate('2026/1/5', order)).toBe('2026-01-05');
			expect(parseDate('2026.1.5', order)).toBe('2026-01-05');
			expect(parseDate('2026年12月31日', order)).toBe('2026-12-31');
			expect(parseDate('2026年1月5日', order)).toBe('2026-01-05');
		}
	});

	it('ignores a trailing time', () => {
		expect(parseDate('2026-12-31T10:00:00Z', 'ymd')).toBe('2026-12-31');
		expect(parseDate('2026-12-31T10:00:00.000+08:00', 'mdy')).toBe('2026-12-31');
		expect(parseDate('2026-11-30 00:00', 'ymd')).toBe('2026-11-30');
		expect(parseDate('12/31/2026 2:30 PM', 'mdy')).toBe('2026-12-31');
		expect(parseDate('2026年12月31日 14:30', 'ymd')).toBe('2026-12-31');
	});

	it('reads 2-digit years as 20xx', () => {
		expect(parseDate('12/31/26', 'mdy')).toBe('2026-12-31');
		expect(parseDate('31.12.26', 'dmy')).toBe('2026-12-31');
	});

	it('under ymd reads a year-last date only when it is unambiguous', () => {
		expect(parseDate('31/12/2026', 'ymd')).toBe('2026-12-31');
		expect(parseDate('12/31/2026', 'ymd')).toBe('2026-12-31');
		expect(parseDate('1/5/2026', 'ymd')).toEqual({ error: 'notADate' });
	});

	it('rejects invalid calendar dates and text', () => {
		for (const [value, order] of [
			['2026-02-30', 'ymd'],
			['2/30/2026', 'mdy'],
			['13/13/2026', 'mdy'],
			['13/13/2026', 'dmy'],
			['12/31/2026', 'dmy'],
			['2026-13-01', 'ymd'],
			['2026-00-10', 'ymd'],
			['2026-12-00', 'ymd'],
			['2025-02-29', 'ymd'],
			['next week', 'mdy'],
			['2026-12/31', 'ymd'],
			['12月31日', 'ymd'],
			['0001-01-01', 'ymd']
		] as const) {
			expect(parseDate(value, order), value).toEqual({ error: 'notADate' });
		}
		expect(parseDate('2028-02-29', 'ymd')).toBe('2028-02-29');
	});

	it('is null for an empty cell', () => {
		expect(parseDate('', 'mdy')).toBeNull();
		expect(parseDate('  ', 'ymd')).toBeNull();
	});
});

describe('looksLikeFormula', () => {
	it('flags cells a spreadsheet would evaluate', () => {
		for (const v of ["=cmd|' /C calc'!A0", '+1+1', '@SUM(A1)', ' =1', '-2+3+cmd', '\t=1', '\rfoo', '  @x']) expect(looksLikeFormula(v), JSON.stringify(v)).toBe(true);
	});

	it('leaves text and negative numbers alone', () => {
		for (const v of ['-5', '-1,234.56', ' -5 ', 'Acme = best', 'a+b', '', '华远科技', 'alice@demo.test']) expect(looksLikeFormula(v), JSON.stringify(v)).toBe(false);
	});
});
