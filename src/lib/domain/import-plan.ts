import { looksLikeFormula, parseAmount, parseDate, type DateOrder, type ImportField, type NumberFormat } from './import-mapping.ts';
import type { SalesStage } from './sales-stages.ts';

/**
 * What an import does with each row of a CSV, decided the same way for the preview and for the
 * commit: read the mapped cells, check them, then match each account, contact and deal against
 * what the workspace holds (and what earlier rows of the same file create) — create, update or
 * leave it, with the reason. Pure: the server feeds it the workspace's index and executes it.
 */

export type StageChoice = { stage: SalesStage; status: 'open' | 'won' | 'lost' };

export interface ImportMapping {
	/** Per column of the file, the field it holds (null: not imported). */
	columns: (ImportField | null)[];
	numberFormat: NumberFormat;
	dateOrder: DateOrder;
	/** Each stage value of the file (trimmed) → our stage and status; a value not here is an error. */
	stages: Record<string, StageChoice>;
	/** For amounts that show no currency, when no currency column says it. */
	defaultCurrency: string;
}

export type RowErrorCode = 'required' | 'notANumber' | 'negative' | 'tooLarge' | 'notADate' | 'unknownStage' | 'invalidEmail' | 'tooLong' | 'invalidCurrency' | 'fieldCount';
export interface RowError {
	field: ImportField | null;
	code: RowErrorCode;
	value?: string;
}
export type RowWarning = { field: ImportField; code: 'formula' } | { field: 'deal.ownerEmail'; code: 'ownerNotMember'; value: string };

export interface RowRecord {
	account: { name: string; domain: string; industry: string } | null;
	contact: { name: string; email: string; title: string } | null;
	deal: {
		externalId: string;
		title: string;
		amount: number | null;
		currency: string | null;
		closeDate: string | null;
		stage: StageChoice | null;
		ownerEmail: string;
	} | null;
	errors: RowError[];
	warnings: RowWarning[];
}

const MAX_TEXT = 200;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const normalizeName = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
/** `https://www.Huayuan.cn/about` → `huayuan.cn`. */
export function normalizeDomain(text: string): string {
	const t = text.trim().toLowerCase();
	if (!t) return '';
	const host = t.replace(/^[a-z]+:\/\//, '').split(/[/?#]/)[0] ?? '';
	return host.replace(/^www\./, '').replace(/:\d+$/, '');
}

/** What the mapping lacks for any row to be imported: the page says it before a preview. */
export function mappingProblems(mapping: Pick<ImportMapping, 'columns'>): ('nothingMapped' | 'dealNeedsAccount' | 'contactNeedsAccount' | 'dealNeedsTitle')[] {
	const has = (f: ImportField) => mapping.columns.includes(f);
	const dealCols = mapping.columns.some((c) => c?.startsWith('deal.'));
	const contactCols = has('contact.name') || has('contact.email') || has('contact.firstName') || has('contact.lastName');
	const problems: ReturnType<typeof mappingProblems> = [];
	if (!has('account.name') && !dealCols && !contactCols) problems.push('nothingMapped');
	if (dealCols && !has('deal.title')) problems.push('dealNeedsTitle');
	if (dealCols && !has('account.name')) problems.push('dealNeedsAccount');
	if (contactCols && !dealCols && !has('account.name')) problems.push('contactNeedsAccount');
	return problems;
}

/** The mapped cells of one row, parsed and checked. */
export function readRow(cells: string[], headerCount: number, mapping: ImportMapping): RowRecord {
	const errors: RowError[] = [];
	const warnings: RowWarning[] = [];
	const cell = (field: ImportField) => {
		const i = mapping.columns.indexOf(field);
		return i < 0 ? '' : (cells[i] ?? '').trim();
	};
	if (cells.length !== headerCount) errors.push({ field: null, code: 'fieldCount', value: String(cells.length) });
	const text = (field: ImportField) => {
		const value = cell(field);
		if (value.length > MAX_TEXT) errors.push({ field, code: 'tooLong', value: value.slice(0, 40) });
		if (looksLikeFormula(value)) warnings.push({ field, code: 'formula' });
		return value.slice(0, MAX_TEXT);
	};
	const has = (f: ImportField) => mapping.columns.includes(f);

	const accountName = text('account.name');
	const domain = normalizeDomain(cell('account.domain'));
	const account = accountName || domain ? { name: accountName, domain, industry: text('account.industry') } : null;

	let contact: RowRecord['contact'] = null;
	// Chinese names are written family name first: 方 + 志远 → 方志远; others "First Last".
	const [first, last] = [text('contact.firstName'), text('contact.lastName')];
	const contactName = text('contact.name') || (isCjk(last + first) ? `${last}${first}` : [first, last].filter(Boolean).join(' '));
	const email = cell('contact.email').toLowerCase();
	if (contactName || email) {
		if (email && !EMAIL.test(email)) errors.push({ field: 'contact.email', code: 'invalidEmail', value: email });
		contact = { name: (contactName || email).slice(0, MAX_TEXT), email, title: text('contact.title') };
	}

	let deal: RowRecord['deal'] = null;
	if (mapping.columns.some((c) => c?.startsWith('deal.'))) {
		const title = text('deal.title');
		const externalId = text('deal.externalId');
		if (title || externalId || cell('deal.amount')) {
			if (!title) errors.push({ field: 'deal.title', code: 'required' });
			let amount: number | null = null;
			let currency: string | null = null;
			const amountText = cell('deal.amount');
			const parsed = parseAmount(amountText, mapping.numberFormat);
			if (parsed && 'error' in parsed) errors.push({ field: 'deal.amount', code: parsed.error, value: amountText });
			else if (parsed) ({ amount, currency } = parsed);
			const currencyText = cell('deal.currency').toUpperCase();
			if (currencyText) {
				if (/^[A-Z]{3}$/.test(currencyText)) currency = currencyText;
				else errors.push({ field: 'deal.currency', code: 'invalidCurrency', value: currencyText });
			}
			const dateText = cell('deal.closeDate');
			const date = parseDate(dateText, mapping.dateOrder);
			if (date && typeof date === 'object') errors.push({ field: 'deal.closeDate', code: 'notADate', value: dateText });
			let stage: StageChoice | null = null;
			const stageText = cell('deal.stage');
			if (stageText) {
				stage = mapping.stages[stageText] ?? null;
				if (!stage) errors.push({ field: 'deal.stage', code: 'unknownStage', value: stageText });
			}
			deal = {
				externalId,
				title,
				amount,
				currency: currency ?? (amount !== null ? mapping.defaultCurrency : null),
				closeDate: typeof date === 'string' ? date : null,
				stage,
				ownerEmail: cell('deal.ownerEmail').toLowerCase()
			};
		}
	}
	if ((deal || (contact && !has('deal.title'))) && !accountName) errors.push({ field: 'account.name', code: 'required' });
	return { account, contact, deal, errors, warnings };
}

const isCjk = (text: string) => /[\u3400-\u9fff]/.test(text);

export interface IndexedAccount {
	id: string;
	name: string;
	domain: string;
	industry: string;
	/** The row of this file that created it, when one did. */
	row?: number;
}
export interface IndexedContact {
	id: string;
	accountId: string;
	name: string;
	email: string;
	title: string;
	row?: number;
}
export interface IndexedDeal {
	id: string;
	accountId: string;
	title: string;
	externalId: string | null;
	amount: number;
	currency: string;
	closeDate: string | null;
	row?: number;
}

/** What the workspace holds, as the planner looks things up; it adds what it plans to create. */
export class ImportIndex {
	private readonly accountsByName = new Map<string, IndexedAccount>();
	private readonly accountsByDomain = new Map<string, IndexedAccount>();
	/** The Chinese and the Latin part of a bilingual name (华远科技 Huayuan Tech), each on its own. */
	private readonly accountsByPart = new Map<string, IndexedAccount>();
	private readonly contacts = new Map<string, IndexedContact>();
	private readonly dealsByExternalId = new Map<string, IndexedDeal>();
	private readonly dealsByTitle = new Map<string, IndexedDeal>();
	/** Member e-mail (lower case) → user id. */
	readonly members: Map<string, string>;

	constructor(data: { accounts: IndexedAccount[]; contacts: IndexedContact[]; deals: IndexedDeal[]; members: Map<string, string> }) {
		this.members = data.members;
		data.accounts.forEach((a) => this.addAccount(a));
		data.contacts.forEach((c) => this.addContact(c));
		data.deals.forEach((d) => this.addDeal(d));
	}

	addAccount(a: IndexedAccount): void {
		if (!this.accountsByName.has(normalizeName(a.name))) this.accountsByName.set(normalizeName(a.name), a);
		if (a.domain && !this.accountsByDomain.has(a.domain)) this.accountsByDomain.set(a.domain, a);
		for (const part of nameParts(a.name)) if (!this.accountsByPart.has(part)) this.accountsByPart.set(part, a);
	}
	addContact(c: IndexedContact): void {
		const key = contactKey(c.accountId, c.email || `name:${normalizeName(c.name)}`);
		if (!this.contacts.has(key)) this.contacts.set(key, c);
	}
	addDeal(d: IndexedDeal): void {
		if (d.externalId && !this.dealsByExternalId.has(d.externalId)) this.dealsByExternalId.set(d.externalId, d);
		const key = contactKey(d.accountId, normalizeName(d.title));
		if (!this.dealsByTitle.has(key)) this.dealsByTitle.set(key, d);
	}
	findAccount(name: string, domain: string): { account: IndexedAccount; by: 'name' | 'domain' } | null {
		const byName = name ? this.accountsByName.get(normalizeName(name)) : undefined;
		if (byName) return { account: byName, by: 'name' };
		const byDomain = domain ? this.accountsByDomain.get(domain) : undefined;
		if (byDomain) return { account: byDomain, by: 'domain' };
		// "Huayuan Tech" in a HubSpot file, "华远科技 Huayuan Tech" in the workspace.
		const parts = name ? [normalizeName(name), ...nameParts(name)] : [];
		const byPart = parts.map((p) => this.accountsByPart.get(p)).find(Boolean);
		return byPart ? { account: byPart, by: 'name' } : null;
	}
	findContact(accountId: string, email: string, name: string): IndexedContact | undefined {
		return this.contacts.get(contactKey(accountId, email || `name:${normalizeName(name)}`));
	}
	findDeal(accountId: string, externalId: string, title: string): { deal: IndexedDeal; by: 'externalId' | 'title' } | null {
		const byId = externalId ? this.dealsByExternalId.get(externalId) : undefined;
		if (byId) return { deal: byId, by: 'externalId' };
		const byTitle = this.dealsByTitle.get(contactKey(accountId, normalizeName(title)));
		// Two opportunities of one account may share a name: different CRM ids, different deals.
		if (!byTitle || (externalId && byTitle.externalId && byTitle.externalId !== externalId)) return null;
		return { deal: byTitle, by: 'title' };
	}
}
const contactKey = (accountId: string, key: string) => `${accountId}\n${key}`;

/** The CJK part and the Latin part of a name that has both, when each is long enough to mean something. */
function nameParts(name: string): string[] {
	const normalized = normalizeName(name);
	const cjk = normalized.replace(/[^\u3400-\u9fff]/g, '');
	const latin = normalized.replace(/[\u3400-\u9fff]/g, ' ').replace(/\s+/g, ' ').trim();
	if (!cjk || !/[a-z]/.test(latin)) return [];
	return [...(cjk.length >= 2 ? [cjk] : []), ...(latin.length >= 4 ? [latin] : [])];
}

export type Change = { field: string; from: string; to: string };
export type Match = { by: 'name' | 'domain' | 'email' | 'externalId' | 'title'; row?: number };
export type PlannedAction =
	| { kind: 'account'; op: 'create'; id: string; values: { name: string; domain: string; industry: string } }
	| { kind: 'account'; op: 'update' | 'unchanged'; id: string; name: string; match: Match; changes: Change[] }
	| { kind: 'contact'; op: 'create'; id: string; accountId: string; values: { name: string; email: string; title: string } }
	| { kind: 'contact'; op: 'update' | 'unchanged'; id: string; name: string; match: Match; changes: Change[] }
	| {
			kind: 'deal';
			op: 'create';
			id: string;
			accountId: string;
			ownerId: string;
			values: { title: string; externalId: string | null; amount: number; currency: string; closeDate: string | null; stage: StageChoice | null };
	  }
	| { kind: 'deal'; op: 'update' | 'unchanged'; id: string; name: string; match: Match; changes: Change[] };

export interface RowPlan {
	row: number;
	actions: PlannedAction[];
	errors: RowError[];
	warnings: RowWarning[];
}

const change = (field: string, from: string, to: string): Change[] => (to && from !== to ? [{ field, from, to }] : []);
const amountText = (n: number) => n.toFixed(2);

/**
 * Plans one row against the index (and adds what it creates, so a later row of the same file
 * finds it). A row with errors does nothing: it is listed with what to fix.
 */
export function planRow(row: number, record: RowRecord, index: ImportIndex, context: { importerId: string; newId: () => string }): RowPlan {
	const plan: RowPlan = { row, actions: [], errors: [...record.errors], warnings: [...record.warnings] };
	if (record.deal?.ownerEmail && !index.members.has(record.deal.ownerEmail)) plan.warnings.push({ field: 'deal.ownerEmail', code: 'ownerNotMember', value: record.deal.ownerEmail });
	if (plan.errors.length > 0) return plan;
	const actions: PlannedAction[] = [];
	let accountId: string | null = null;
	if (record.account) {
		const found = index.findAccount(record.account.name, record.account.domain);
		if (found) {
			const a = found.account;
			accountId = a.id;
			const changes = [...change('domain', a.domain, record.account.domain), ...change('industry', a.industry, record.account.industry)];
			actions.push({ kind: 'account', op: changes.length ? 'update' : 'unchanged', id: a.id, name: a.name, match: { by: found.by, row: a.row }, changes });
			for (const c of changes) (a as unknown as Record<string, string>)[c.field] = c.to;
			// A later row finds it by its new domain too.
			index.addAccount(a);
		} else if (record.account.name) {
			const values = { ...record.account };
			accountId = context.newId();
			index.addAccount({ id: accountId, ...values, row });
			actions.push({ kind: 'account', op: 'create', id: accountId, values });
		} else {
			plan.errors.push({ field: 'account.name', code: 'required', value: record.account.domain });
			return plan;
		}
	}
	if (record.contact && accountId) {
		const c = record.contact;
		const found = index.findContact(accountId, c.email, c.name);
		if (found) {
			const changes = [...(c.email ? change('name', found.name, c.name) : []), ...change('title', found.title, c.title)];
			actions.push({ kind: 'contact', op: changes.length ? 'update' : 'unchanged', id: found.id, name: found.name, match: { by: c.email ? 'email' : 'name', row: found.row }, changes });
			for (const ch of changes) (found as unknown as Record<string, string>)[ch.field] = ch.to;
		} else {
			const id = context.newId();
			index.addContact({ id, accountId, ...c, row });
			actions.push({ kind: 'contact', op: 'create', id, accountId, values: { ...c } });
		}
	}
	if (record.deal && accountId) {
		const d = record.deal;
		const found = index.findDeal(accountId, d.externalId, d.title);
		if (found) {
			const e = found.deal;
			// The name stays: it is the room's heading, the room's own to change.
			const changes = [
				...(d.amount !== null ? change('amount', amountText(e.amount), amountText(d.amount)) : []),
				...(d.amount !== null && d.currency ? change('currency', e.currency, d.currency) : []),
				...change('closeDate', e.closeDate ?? '', d.closeDate ?? ''),
				...(found.by === 'title' && d.externalId && !e.externalId ? change('externalId', '', d.externalId) : [])
			];
			actions.push({ kind: 'deal', op: changes.length ? 'update' : 'unchanged', id: e.id, name: e.title, match: { by: found.by, row: e.row }, changes });
			for (const ch of changes) {
				if (ch.field === 'amount') e.amount = Number(ch.to);
				else (e as unknown as Record<string, string>)[ch.field] = ch.to;
			}
			// A later row finds it by the CRM id it got here.
			index.addDeal(e);
		} else {
			const id = context.newId();
			const values = { title: d.title, externalId: d.externalId || null, amount: d.amount ?? 0, currency: d.currency ?? 'USD', closeDate: d.closeDate, stage: d.stage };
			index.addDeal({ id, accountId, title: d.title, externalId: values.externalId, amount: values.amount, currency: values.currency, closeDate: d.closeDate, row });
			actions.push({ kind: 'deal', op: 'create', id, accountId, ownerId: index.members.get(d.ownerEmail) ?? context.importerId, values });
		}
	}
	plan.actions = actions;
	return plan;
}

export interface PlanCounts {
	accounts: { create: number; update: number; unchanged: number };
	contacts: { create: number; update: number; unchanged: number };
	deals: { create: number; update: number; unchanged: number };
	/** Rows with errors: nothing of them is imported. */
	errorRows: number;
	warningRows: number;
}

export const emptyCounts = (): PlanCounts => ({
	accounts: { create: 0, update: 0, unchanged: 0 },
	contacts: { create: 0, update: 0, unchanged: 0 },
	deals: { create: 0, update: 0, unchanged: 0 },
	errorRows: 0,
	warningRows: 0
});

export function countPlan(counts: PlanCounts, plan: RowPlan): void {
	if (plan.errors.length > 0) counts.errorRows += 1;
	if (plan.warnings.length > 0) counts.warningRows += 1;
	for (const a of plan.actions) counts[`${a.kind}s` as 'accounts' | 'contacts' | 'deals'][a.op] += 1;
}
