import { describe, expect, it } from 'vitest';
import { countPlan, emptyCounts, ImportIndex, mappingProblems, normalizeDomain, planRow, readRow, type ImportMapping } from './import-plan.ts';
import type { ImportField } from './import-mapping.ts';

const mappingFor = (columns: (ImportField | null)[], stages: ImportMapping['stages'] = {}): ImportMapping => ({ columns, numberFormat: 'dot', dateOrder: 'mdy', stages, defaultCurrency: 'USD' });
const DEALS: (ImportField | null)[] = ['deal.externalId', 'deal.title', 'account.name', 'deal.amount', 'deal.closeDate', 'deal.stage', 'deal.ownerEmail'];
const empty = () => new ImportIndex({ accounts: [], contacts: [], deals: [], members: new Map([['alice@demo.test', 'u-alice']]) });
const ids = () => {
	let n = 0;
	return { importerId: 'u-importer', newId: () => `id${++n}` };
};

describe('import planning', () => {
	it('says what a mapping lacks before anything is planned', () => {
		expect(mappingProblems({ columns: [null, null] })).toEqual(['nothingMapped']);
		expect(mappingProblems({ columns: ['deal.title', null] })).toEqual(['dealNeedsAccount']);
		expect(mappingProblems({ columns: ['deal.amount', 'account.name'] })).toEqual(['dealNeedsTitle']);
		expect(mappingProblems({ columns: ['contact.email'] })).toEqual(['contactNeedsAccount']);
		expect(mappingProblems({ columns: DEALS })).toEqual([]);
	});

	it('reads a row: amounts, dates, stages, owner; errors say which field and value', () => {
		const mapping = mappingFor(DEALS, { 'Closed Won': { stage: 'orderConfirmed', status: 'won' } });
		const ok = readRow(['006A', 'Fleet', 'Acme', '$12,000.50', '12/31/2026', 'Closed Won', 'ALICE@demo.test'], 7, mapping);
		expect(ok.errors).toEqual([]);
		expect(ok.deal).toMatchObject({ externalId: '006A', amount: 12000.5, currency: 'USD', closeDate: '2026-12-31', stage: { stage: 'orderConfirmed', status: 'won' }, ownerEmail: 'alice@demo.test' });
		const bad = readRow(['006B', '', '', 'TBD', '2/30/2026', 'Maybe'], 7, mapping);
		expect(bad.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual(
			['account.name:required', 'deal.amount:notANumber', 'deal.closeDate:notADate', 'deal.stage:unknownStage', 'deal.title:required', 'null:fieldCount'].sort()
		);
		expect(readRow(['=cmd|calc', 'x', 'Acme', '', '', '', ''], 7, mapping).warnings).toEqual([{ field: 'deal.externalId', code: 'formula' }]);
	});

	it('writes Chinese names family name first, others first name first', () => {
		const mapping = mappingFor(['account.name', 'contact.firstName', 'contact.lastName', 'contact.email']);
		expect(readRow(['华远', '志远', '方', ''], 4, mapping).contact?.name).toBe('方志远');
		expect(readRow(['Acme', 'Maria', 'Gonzalez', 'MARIA@acme.example'], 4, mapping).contact).toMatchObject({ name: 'Maria Gonzalez', email: 'maria@acme.example' });
		expect(readRow(['Acme', '', '', 'not-an-email'], 4, mapping).errors).toEqual([{ field: 'contact.email', code: 'invalidEmail', value: 'not-an-email' }]);
	});

	it('creates an account once per file and finds it again by name, bilingual part or domain', () => {
		const index = new ImportIndex({ accounts: [{ id: 'a1', name: '华远科技 Huayuan Tech', domain: 'huayuan.example', industry: '' }], contacts: [], deals: [], members: new Map() });
		const mapping = mappingFor(['account.name', 'account.domain', 'account.industry']);
		const plan = (cells: string[], row: number) => planRow(row, readRow(cells, 3, mapping), index, ids());
		expect(plan(['Huayuan Tech', '', ''], 1).actions[0]).toMatchObject({ op: 'unchanged', id: 'a1', match: { by: 'name' } });
		expect(plan(['华远科技', '', 'Software'], 2).actions[0]).toMatchObject({ op: 'update', id: 'a1', changes: [{ field: 'industry', from: '', to: 'Software' }] });
		expect(plan(['Other name', 'https://www.Huayuan.example/about', ''], 3).actions[0]).toMatchObject({ id: 'a1', match: { by: 'domain' } });
		expect(plan(['  ACME   Logistics ', '', ''], 4).actions[0]).toMatchObject({ op: 'create' });
		expect(plan(['acme logistics', '', ''], 5).actions[0]).toMatchObject({ op: 'unchanged', match: { by: 'name', row: 4 } });
		expect(normalizeDomain('HTTP://WWW.Acme.example:8080/x?y')).toBe('acme.example');
	});

	it('matches deals by CRM id, else by account and name, never two CRM ids as one; owners by member e-mail', () => {
		const index = empty();
		const mapping = mappingFor(DEALS);
		const counts = emptyCounts();
		const plan = (cells: string[], row: number) => {
			const p = planRow(row, readRow(cells, 7, mapping), index, ids());
			countPlan(counts, p);
			return p;
		};
		const first = plan(['006A', 'Fleet', 'Acme', '100', '', '', 'alice@demo.test'], 1);
		expect(first.actions.map((a) => `${a.kind}:${a.op}`)).toEqual(['account:create', 'deal:create']);
		expect(first.actions[1]).toMatchObject({ ownerId: 'u-alice' });
		// The same CRM id again, with a new amount: an update of the deal the file created.
		expect(plan(['006A', 'Fleet', 'Acme', '150', '', '', ''], 2).actions[1]).toMatchObject({ op: 'update', match: { by: 'externalId', row: 1 }, changes: [{ field: 'amount', from: '100.00', to: '150.00' }] });
		// Same account and name, another CRM id: another deal.
		expect(plan(['006B', 'Fleet', 'Acme', '100', '', '', 'someone@elsewhere.test'], 3).actions[1]).toMatchObject({ op: 'create', ownerId: 'u-importer' });
		expect(plan(['006B', 'Fleet', 'Acme', '100', '', '', ''], 4).warnings).toEqual([]);
		// No CRM id: found by account and name.
		expect(plan(['', 'Fleet', 'Acme', '', '', '', ''], 5).actions[1]).toMatchObject({ op: 'unchanged', match: { by: 'title' } });
		expect(plan(['006C', '', 'Acme', '1', '', '', ''], 6).actions).toEqual([]);
		expect(counts).toMatchObject({ deals: { create: 2, update: 1, unchanged: 2 }, accounts: { create: 1, unchanged: 4 }, errorRows: 1, warningRows: 1 });
	});

	it('finds what an earlier row updated by what it got there (a CRM id, a domain)', () => {
		const index = new ImportIndex({
			accounts: [{ id: 'a1', name: 'Acme', domain: '', industry: '' }],
			contacts: [],
			deals: [{ id: 'd1', accountId: 'a1', title: 'Fleet', externalId: null, amount: 0, currency: 'USD', closeDate: null }],
			members: new Map()
		});
		const mapping = mappingFor(['deal.externalId', 'deal.title', 'account.name', 'account.domain']);
		const plan = (cells: string[], row: number) => planRow(row, readRow(cells, 4, mapping), index, ids());
		expect(plan(['006A', 'Fleet', 'Acme', 'acme.example'], 1).actions.map((a) => `${a.kind}:${a.op}`)).toEqual(['account:update', 'deal:update']);
		const second = plan(['006A', 'Fleet tracking', 'Other name', 'acme.example'], 2);
		expect(second.actions).toMatchObject([{ kind: 'account', id: 'a1', match: { by: 'domain' } }, { kind: 'deal', id: 'd1', match: { by: 'externalId' } }]);
	});
});
