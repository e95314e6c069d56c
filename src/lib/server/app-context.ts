import type * as Y from 'yjs';
import { readConfig, type AppConfig } from './config.ts';
import { openDatabase, type DatabaseHandle } from './db/client.ts';
import { pgliteTemplateFile } from './db/pglite-template.ts';
import { AppEvents } from './app-events.ts';
import { AttemptLimiter } from './auth/attempt-limiter.ts';
import { FailureThrottle } from './auth/failure-throttle.ts';
import { DEMO_OWNER, DEMO_PASSWORD, DEMO_USERS, seedDemo } from './demo-seed.ts';
import { createMailer, type Mailer } from './mail.ts';
import { indexUnindexedDeals } from './search.ts';
import { backfillNineScores } from './deal-template.ts';
import { ImportRunner } from './import/import-runner.ts';

/** Everything a request or a socket needs: one per process, shared by the app and sync server. */
export interface AppContext {
	config: AppConfig;
	database: DatabaseHandle;
	events: AppEvents;
	mailer: Mailer;
	/**
	 * `draining` is set when the process is shutting down: `/healthz` answers 503 so a load
	 * balancer drains it. `redis` says how the relay to other instances is ('ok' or what is wrong).
	 */
	lifecycle: { draining: boolean; redis: (() => string) | null };
	/** The sync server's documents, for changes the server itself makes (a restore); set once it runs. */
	documents: DocumentEditor | null;
	/** Commits and undoes CSV imports in the background, resuming what a stopped process left half-done. */
	imports: ImportRunner;
	limits: {
		/** Wrong passwords per account *and* client address: an attacker slows only themselves. */
		signInFailures: FailureThrottle;
		/** Wrong passwords per client address, whatever the account (one guesser, many accounts). */
		signInFailuresByAddress: FailureThrottle;
		/** New accounts per client address. */
		signUpByAddress: AttemptLimiter;
		/** "Forgot password" mails, per address asked for and per client address. */
		resetByEmail: AttemptLimiter;
		resetByAddress: AttemptLimiter;
	};
}

/** A change the server makes to a live document in someone's name: synced, witnessed, committed. */
export interface DocumentEditor {
	/** Runs `change` on the live document and resolves once it is committed, with the states before and after. */
	edit(name: string, author: { userId: string; name: string }, change: (doc: Y.Doc) => void): Promise<{ before: Uint8Array; after: Uint8Array }>;
	/** Whether the document is loaded here now (someone has the room open). */
	isOpen(name: string): boolean;
}

export interface CreateContextOptions {
	config: AppConfig;
	database?: DatabaseHandle;
	log?: (line: string) => void;
}

export async function createAppContext(options: CreateContextOptions): Promise<AppContext> {
	const { config } = options;
	const log = options.log ?? ((line: string) => console.log(line));
	const database =
		options.database ??
		openDatabase(
			config.DATABASE_URL
				? { kind: 'postgres', url: config.DATABASE_URL }
				: { kind: 'pglite', dataDir: config.DATA_DIR, template: pgliteTemplateFile(), sharedBuffers: config.PGLITE_SHARED_BUFFERS }
		);
	await database.migrate();
	if (!config.SEED_DEMO) log(database.driver === 'postgres' ? 'Demo workspace not seeded (on Postgres it needs SEED_DEMO=1).' : 'Demo workspace not seeded (SEED_DEMO=0).');
	else {
		const seeded = await seedDemo(database.db);
		if (seeded) {
			log(
				`Seeded the demo workspace "Demo Sales": sign in as ${[DEMO_OWNER, ...DEMO_USERS].map((u) => u.email).join(', ')} with password "${DEMO_PASSWORD}".`
			);
		}
	}
	const indexed = await indexUnindexedDeals(database.db);
	if (indexed > 0) log(`Indexed ${indexed} deal rooms for search.`);
	void backfillNineScores(database.db).catch((error) => log(`could not score the nine questions of older deals: ${String(error)}`));
	const events = new AppEvents();
	const holder: { documents: DocumentEditor | null } = { documents: null };
	// A deal an undone import removes: whoever has its room open is told it is gone; one open
	// here is kept (an edit may be on its way to storage).
	const imports = new ImportRunner(
		database.db,
		log,
		(ids) => ids.forEach((id) => events.emit('deal-access-changed', id)),
		(id) => holder.documents?.isOpen(id) ?? false
	);
	imports.start();
	const context: AppContext = {
		config,
		database,
		events,
		imports,
		mailer: createMailer(config.SMTP_URL, config.MAIL_FROM),
		lifecycle: { draining: false, redis: null },
		get documents() {
			return holder.documents;
		},
		set documents(value) {
			holder.documents = value;
		},
		limits: {
			signInFailures: new FailureThrottle(5, 15 * 60_000, 60 * 60_000),
			signInFailuresByAddress: new FailureThrottle(50, 15 * 60_000, 60 * 60_000),
			signUpByAddress: new AttemptLimiter(40, 15 * 60_000),
			resetByEmail: new AttemptLimiter(3, 60 * 60_000),
			resetByAddress: new AttemptLimiter(20, 60 * 60_000)
		}
	};
	return context;
}

// The production entry (tsx) and the SvelteKit bundle each hold their own copy of this
// module; a process-wide symbol makes them share one context, so PGlite is opened once.
const KEY = Symbol.for('deal-rooms.app-context');
type Holder = { [KEY]?: Promise<AppContext> };

/** The process's context, created from the environment on first use. */
export function getAppContext(): Promise<AppContext> {
	const holder = globalThis as Holder;
	holder[KEY] ??= createAppContext({ config: readConfig() });
	return holder[KEY];
}

/** Installs an already created context as the process's one (tests, the production entry). */
export function setAppContext(context: Promise<AppContext>): void {
	(globalThis as Holder)[KEY] = context;
}
