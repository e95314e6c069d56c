import { sql } from 'drizzle-orm';
import {
	bigint,
	bigserial,
	boolean,
	check,
	date,
	index,
	integer,
	jsonb,
	numeric,
	real,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import type { ExitCriterion } from '../../domain/sales-stages.ts';
import type { WorkspaceCatalog } from '../../domain/nine-questions.ts';
import { SALES_STAGES } from '../../domain/sales-stages.ts';
import { SUPPORT_SCALES } from '../../domain/support-scale.ts';
import { bytea } from './bytea.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable('users', {
	id: text('id').primaryKey(),
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	passwordHash: text('password_hash').notNull(),
	/** The language chosen on the account page; null follows the browser. */
	locale: text('locale'),
	/** The workspace the user last worked in (the switcher remembers it). */
	currentWorkspaceId: text('current_workspace_id'),
	createdAt: createdAt()
});

/** Lucia's design: the id is the SHA-256 of the token, never the token itself. */
export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: createdAt(),
		/** Updated at most every few minutes, for "last active" and the account's session list. */
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
		userAgent: text('user_agent').notNull().default('')
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

export const workspaces = pgTable(
	'workspaces',
	{
		id: text('id').primaryKey(),
		name: text('name').notNull(),
		/** The support scale new role tables use: 5-point (−2..+2) or 11-point (−5..+5). */
		supportScale: text('support_scale', { enum: SUPPORT_SCALES }).notNull().default('five'),
		createdAt: createdAt()
	},
	(t) => [check('workspaces_support_scale_check', sql`${t.supportScale} in ('five', 'eleven')`)]
);

export const WORKSPACE_ROLES = ['owner', 'manager', 'member'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

export const workspaceMembers = pgTable(
	'workspace_members',
	{
		workspaceId: text('workspace_id')
			.notNull()
			.references(() => workspaces.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role', { enum: WORKSPACE_ROLES }).notNull(),
		createdAt: createdAt()
	},
	(t) => [
		primaryKey({ columns: [t.workspaceId, t.userId] }),
		index('workspace_members_user_idx').on(t.userId),
		check('workspace_members_role_check', sql`${t.role} in ('owner', 'manager', 'member')`)
	]
);

export const accounts = pgTable(
	'accounts',
	{
		id: text('id').primaryKey(),
		workspaceId: text('workspace_id')
			.notNull()
			.references(() => workspaces.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		industry: text('industry').notNull().default(''),
		/** The company's web domain (`huayuan.cn`), lower case; '' when unknown. Imports match accounts by it. */
		domain: text('domain').notNull().default(''),
		createdAt: createdAt()
	},
	(t) => [index('accounts_workspace_idx').on(t.workspaceId)]
);

export const contacts = pgTable(
	'contacts',
	{
		id: text('id').primaryKey(),
		accountId: text('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		title: text('title').notNull().default(''),
		email: text('email').notNull().default(''),
		createdAt: createdAt()
	},
	(t) => [index('contacts_account_idx').on(t.accountId)]
);

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

export const deals = pgTable(
	'deals',
	{
		id: text('id').primaryKey(),
		workspaceId: text('workspace_id')
			.notNull()
			.references(() => workspaces.id, { onDelete: 'cascade' }),
		accountId: text('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'restrict' }),
		title: text('title').notNull(),
		amount: numeric('amount', { precision: 14, scale: 2 }).notNull().default('0'),
		currency: text('currency').notNull().default('USD'),
		expectedCloseDate: date('expected_close_date'),
		ownerId: text('owner_id')
			.notNull()
			.references(() => users.id, { onDelete: 'restrict' }),
		status: text('status', { enum: DEAL_STATUSES }).notNull().default('open'),
		// Derived from the deal document by the server when it stores it, for lists and reviews.
		stage: text('stage', { enum: SALES_STAGES }),
		stageEnteredAt: timestamp('stage_entered_at', { withTimezone: true }),
		temperature: integer('temperature'),
		flags: text('flags').array().notNull().default(sql`'{}'::text[]`),
		/** How many of the nine questions the room answers (0–9), derived like the stage. */
		nineScore: integer('nine_score'),
		/** The deal's id in the CRM it was imported from (Salesforce `006…`, HubSpot record id): a second import updates it. */
		externalId: text('external_id'),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('deals_workspace_idx').on(t.workspaceId),
		// One deal per CRM id in a workspace, whoever imports it.
		uniqueIndex('deals_external_id_idx').on(t.workspaceId, t.externalId).where(sql`${t.externalId} is not null`),
		check('deals_status_check', sql`${t.status} in ('open', 'won', 'lost')`),
		check('deals_currency_check', sql`${t.currency} ~ '^[A-Z]{3}$'`)
	]
);

export const DEAL_ROLES = ['editor', 'commenter', 'viewer'] as const;
export type DealRole = (typeof DEAL_ROLES)[number];

export const dealMembers = pgTable(
	'deal_members',
	{
		dealId: text('deal_id')
			.notNull()
			.references(() => deals.id, { onDelete: 'cascade' }),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role', { enum: DEAL_ROLES }).notNull(),
		createdAt: createdAt()
	},
	(t) => [
		primaryKey({ columns: [t.dealId, t.userId] }),
		index('deal_members_user_idx').on(t.userId),
		check('deal_members_role_check', sql`${t.role} in ('editor', 'commenter', 'viewer')`)
	]
);

/** Append-only log of Yjs updates; compaction folds rows into doc_snapshot and deletes only those. */
export const docUpdates = pgTable(
	'doc_update',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		docId: text('doc_id').notNull(),
		data: bytea('data').notNull(),
		/** Who sent the update (null: the server itself, e.g. a template or a restore). */
		userId: text('user_id'),
		/** When the server applied it: the server's clock, never the client's. */
		createdAt: createdAt()
	},
	(t) => [index('doc_update_doc_idx').on(t.docId, t.id)]
);

/**
 * The witness: for every update the server applied, which Yjs items it inserted (`client`,
 * `clock`, `len`) or deleted (`deleted`), who sent it and when the server applied it. Kept when
 * compaction folds the log away, so "who wrote this, and when" can always be asked, per deal
 * (`doc_id`, item id) and per user.
 */
export const docEdits = pgTable(
	'doc_edit',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		docId: text('doc_id').notNull(),
		userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
		at: timestamp('at', { withTimezone: true }).notNull(),
		client: bigint('client', { mode: 'number' }).notNull(),
		clock: integer('clock').notNull(),
		len: integer('len').notNull(),
		deleted: boolean('deleted').notNull().default(false)
	},
	(t) => [
		index('doc_edit_item_idx').on(t.docId, t.client, t.clock),
		index('doc_edit_doc_at_idx').on(t.docId, t.at),
		index('doc_edit_user_idx').on(t.userId, t.at)
	]
);

/**
 * Versions of a deal document the server keeps: its whole state at that moment (a Yjs v2
 * update, deflated: `pack` in versions.ts),
 * made after a burst of edits goes quiet, on a stage change, around a restore, or named by an
 * editor. Who is in it comes from the witness (`doc_edit`), not from the document.
 */
export const docVersions = pgTable(
	'doc_version',
	{
		id: text('id').primaryKey(),
		docId: text('doc_id').notNull(),
		kind: text('kind', { enum: ['auto', 'stage', 'named', 'beforeRestore', 'restore'] }).notNull(),
		name: text('name'),
		/** Who named it or restored (null for the server's own checkpoints). */
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		state: bytea('state').notNull(),
		/** The people whose edits went in since the version before, from the witness. */
		authors: jsonb('authors').$type<{ id: string; name: string }[]>().notNull().default([]),
		/** Characters (and block values) added and removed since the version before; blocks changed. */
		summary: jsonb('summary').$type<{ added: number; removed: number; blocks: string[] }>().notNull()
	},
	(t) => [index('doc_version_doc_idx').on(t.docId, t.createdAt)]
);

export const docSnapshots = pgTable('doc_snapshot', {
	docId: text('doc_id').primaryKey(),
	data: bytea('data').notNull(),
	/** How many log rows have been folded in, over the document's life. */
	mergedRows: integer('merged_rows').notNull().default(0),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * Support changes extracted by the server from deal documents when it stores them, so the
 * account profile is one query. Keyed by the event id the document carries: idempotent.
 */
export const supportEvents = pgTable(
	'support_events',
	{
		dealId: text('deal_id')
			.notNull()
			.references(() => deals.id, { onDelete: 'cascade' }),
		eventId: text('event_id').notNull(),
		accountId: text('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		blockId: text('block_id').notNull(),
		personId: text('person_id').notNull(),
		contactId: text('contact_id'),
		personName: text('person_name').notNull(),
		fromValue: integer('from_value'),
		toValue: integer('to_value'),
		scale: text('scale', { enum: SUPPORT_SCALES }).notNull(),
		/** `toValue` on [−1, 1], comparable across scales. */
		toNormalized: real('to_normalized'),
		at: timestamp('at', { withTimezone: true }).notNull(),
		byUserId: text('by_user_id'),
		note: text('note').notNull().default('')
	},
	(t) => [primaryKey({ columns: [t.dealId, t.eventId] }), index('support_events_account_idx').on(t.accountId, t.at)]
);

/** The account's event log (事件记录): manual entries beside the extracted support changes. */
export const accountEvents = pgTable(
	'account_events',
	{
		id: text('id').primaryKey(),
		accountId: text('account_id')
			.notNull()
			.references(() => accounts.id, { onDelete: 'cascade' }),
		contactId: text('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
		at: date('at').notNull(),
		authorId: text('author_id')
			.notNull()
			.references(() => users.id, { onDelete: 'restrict' }),
		text: text('text').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('account_events_account_idx').on(t.accountId, t.at)]
);

/** A workspace's deal template: its own exit criteria per stage (absent: the defaults). */
export const workspaceTemplates = pgTable('workspace_templates', {
	workspaceId: text('workspace_id')
		.primaryKey()
		.references(() => workspaces.id, { onDelete: 'cascade' }),
	exitCriteria: jsonb('exit_criteria').$type<ExitCriterion[]>().notNull(),
	/** What the workspace's resources plans and competition blocks offer in one click. */
	catalog: jsonb('catalog').$type<WorkspaceCatalog>().notNull().default({ resources: [], competitors: [] }),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

export * from './review-schema.ts';
export * from './team-schema.ts';

/**
 * The search index: one entry per thing a search can find (a deal, an account, a contact, a
 * comment, a deal room's notes, a person of a role table, a checklist item, a pull-back answer
 * or action), replaced as a whole per source whenever the server stores that source. Deal-bound
 * entries are filtered by `dealReadableBy` at query time, so the index never decides access.
 */
export const searchEntries = pgTable(
	'search_entry',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		workspaceId: text('workspace_id').notNull(),
		/** The deal it belongs to, when it does: who can open the deal can find it. */
		dealId: text('deal_id'),
		/** What wrote it, e.g. `doc:<dealId>`, `deal:<id>`, `account:<id>`: replaced together. */
		source: text('source').notNull(),
		kind: text('kind', { enum: ['deal', 'account', 'contact', 'comment', 'notes', 'person', 'checklist', 'pullBack', 'resources', 'competition'] }).notNull(),
		/** Where the result leads (`/deals/<id>`, `/accounts/<id>`). */
		href: text('href').notNull(),
		title: text('title').notNull(),
		/** Where it was found, e.g. "方总" for a role-table row (the kind says which block). */
		place: text('place').notNull().default(''),
		body: text('body').notNull(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('search_entry_source_idx').on(t.source), index('search_entry_workspace_idx').on(t.workspaceId)]
);

/** The terms of each entry: Latin words (matched by prefix), CJK characters and bigrams. */
export const searchTerms = pgTable(
	'search_term',
	{
		entryId: bigint('entry_id', { mode: 'number' })
			.notNull()
			.references(() => searchEntries.id, { onDelete: 'cascade' }),
		term: text('term').notNull()
	},
	(t) => [index('search_term_term_idx').using('btree', t.term.op('text_pattern_ops'), t.entryId)]
);

export const IMPORT_STATUSES = ['uploaded', 'importing', 'imported', 'undoing', 'undone'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/**
 * A CSV file brought in by an owner or manager: its rows as parsed (in `import_row`), the column
 * mapping chosen, and how far committing (or undoing) it has come. The runner that holds it
 * heartbeats, so another instance can take over a batch whose runner died.
 */
export const importBatches = pgTable(
	'import_batch',
	{
		id: text('id').primaryKey(),
		workspaceId: text('workspace_id')
			.notNull()
			.references(() => workspaces.id, { onDelete: 'cascade' }),
		createdBy: text('created_by')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull(),
		encoding: text('encoding').notNull(),
		delimiter: text('delimiter').notNull(),
		headers: jsonb('headers').$type<string[]>().notNull(),
		rowCount: integer('row_count').notNull(),
		status: text('status', { enum: IMPORT_STATUSES }).notNull().default('uploaded'),
		mapping: jsonb('mapping'),
		doneRows: integer('done_rows').notNull().default(0),
		/** What was created, updated, skipped (and, after undo, removed or kept). */
		counts: jsonb('counts').$type<Record<string, unknown>>().notNull().default({}),
		/** Why the last run stopped short (a database error): the page shows it, the next run retries. */
		problem: text('problem'),
		runner: text('runner'),
		heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('import_batch_workspace_idx').on(t.workspaceId)]
);

/** One data row of an import as parsed, and what committing it did (kept for undo). */
export const importRows = pgTable(
	'import_row',
	{
		batchId: text('batch_id')
			.notNull()
			.references(() => importBatches.id, { onDelete: 'cascade' }),
		/** 1 for the first row after the header. */
		rowNo: integer('row_no').notNull(),
		cells: jsonb('cells').$type<string[]>().notNull(),
		done: boolean('done').notNull().default(false),
		outcome: jsonb('outcome')
	},
	(t) => [primaryKey({ columns: [t.batchId, t.rowNo] })]
);
