import { SvelteSet } from 'svelte/reactivity';
import { newId } from '$lib/ids';
import { scopedCommentId } from './comment-id';
import { addToOutbox, cachedThreads, cacheThreads, messageOf, readOutbox, sendOutbox, type OutboxEntry } from './outbox';
import type { CommentAnchor, CommentView, ThreadView } from './types';

export type CommentProblem = { kind: 'session' } | { kind: 'refused'; message: string } | { kind: 'offline' } | null;

async function api(method: string, path: string, body?: unknown): Promise<Response> {
	return fetch(path, {
		method,
		headers: { 'content-type': 'application/json', accept: 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
}

/**
 * One deal's comment threads on this page: fetched from the server (and kept on the device
 * to read offline), with new comments and replies written into an outbox first and sent
 * when the server can be reached, so nothing typed offline is lost.
 */
export class CommentStore {
	private server = $state<ThreadView[]>([]);
	private outbox = $state<OutboxEntry[]>([]);
	loaded = $state(false);
	problem = $state<CommentProblem>(null);
	/** Threads unread when they reached this page: they stay marked until the reader opens them. */
	private readonly unread = new SvelteSet<string>();
	/** Threads with what waits in the outbox merged in (marked pending); computed once per change. */
	readonly threads: ThreadView[] = $derived.by(() => this.merged());
	private flushing = false;
	private flushAgain = false;
	private refreshAgain = false;
	private refreshing: Promise<void> | null = null;

	constructor(
		readonly dealId: string,
		readonly user: { id: string; name: string }
	) {
		const cached = typeof localStorage === 'undefined' ? null : cachedThreads<ThreadView[]>(user.id, dealId);
		if (cached) this.server = cached;
		if (typeof localStorage !== 'undefined') this.readLocalOutbox();
	}

	private readLocalOutbox(): void {
		this.outbox = readOutbox(this.user.id).filter((e) => e.dealId === this.dealId);
	}

	private merged(): ThreadView[] {
		const threads = this.server.map((t) => ({ ...t, unread: this.unread.has(t.id), comments: [...t.comments] }));
		const byId = new Map(threads.map((t) => [t.id, t]));
		const known = new Set(threads.flatMap((t) => t.comments.map((c) => c.id)));
		for (const e of this.outbox) {
			const id = scopedCommentId(this.user.id, this.dealId, e.id);
			if (known.has(id)) continue;
			const view: CommentView = { id, threadId: e.threadId ?? id, authorId: this.user.id, authorName: e.authorName, body: e.body, createdAt: e.createdAt, editedAt: null, deleted: false, pending: true };
			if (e.threadId) byId.get(e.threadId)?.comments.push(view);
			else {
				const t: ThreadView = { id, anchor: e.anchor ?? { kind: 'deal' }, resolvedAt: null, resolvedByName: null, comments: [view], unread: false };
				threads.push(t);
				byId.set(t.id, t);
			}
		}
		return threads;
	}

	get pendingCount(): number {
		return this.outbox.length;
	}

	/** Fetches the threads again (on open, on a live "changed" message, after reconnecting). */
	refresh(): Promise<void> {
		if (this.refreshing) {
			this.refreshAgain = true;
			return this.refreshing;
		}
		this.refreshing = (async () => {
			do {
				this.refreshAgain = false;
				try {
					const res = await api('GET', `/api/deals/${this.dealId}/comments`);
					if (res.status === 401) this.problem = { kind: 'session' };
					else if (res.ok) {
						this.server = ((await res.json()) as { threads: ThreadView[] }).threads;
						for (const t of this.server) if (t.unread) this.unread.add(t.id);
						this.readLocalOutbox();
						cacheThreads(this.user.id, this.dealId, this.server);
						if (this.problem?.kind === 'offline') this.problem = null;
					}
				} catch {
					// Offline: keep what was read before.
				}
			} while (this.refreshAgain);
			this.loaded = true;
			this.refreshing = null;
		})();
		return this.refreshing;
	}

	/** Starts a thread, or replies to one; kept on the device until the server has it. */
	write(body: string, target: { anchor: CommentAnchor } | { threadId: string }): void {
		const entry: OutboxEntry = { id: newId(), dealId: this.dealId, body: body.trim(), authorName: this.user.name, createdAt: new Date().toISOString(), ...target };
		addToOutbox(this.user.id, entry);
		this.outbox = [...this.outbox, entry];
		void this.flush();
	}

	/** Sends this deal's outbox; what the server refused is reported, what waits stays. */
	async flush(): Promise<void> {
		if (this.flushing) {
			// Written while a send is under way: send again when it ends.
			this.flushAgain = true;
			return;
		}
		this.flushing = true;
		this.flushAgain = false;
		try {
			const result = await sendOutbox(this.user.id, (e) => e.dealId === this.dealId);
			const before = this.outbox.length;
			// Another page (or the app shell) may have sent some already: the device's outbox decides.
			this.readLocalOutbox();
			const done = before - this.outbox.length + result.sent.length;
			if (result.stopped) this.problem = { kind: result.stopped };
			else if (result.refused.length) this.problem = { kind: 'refused', message: result.refused[0]!.message };
			else if (this.problem?.kind === 'offline') this.problem = null;
			if (done > 0) await this.refresh();
		} finally {
			this.flushing = false;
		}
		if (this.flushAgain) await this.flush();
	}

	/** Edits, deletes, resolves and reopens need the server now; they say so when offline. */
	private async change(method: 'PATCH' | 'DELETE', id: string, body?: unknown): Promise<boolean> {
		try {
			const res = await api(method, `/api/comments/${id}`, body);
			if (res.status === 401) this.problem = { kind: 'session' };
			else if (!res.ok) this.problem = { kind: 'refused', message: await messageOf(res) };
			else {
				await this.refresh();
				return true;
			}
		} catch {
			this.problem = { kind: 'offline' };
		}
		return false;
	}

	edit = (id: string, body: string) => this.change('PATCH', id, { body });
	remove = (id: string) => this.change('DELETE', id);
	setResolved = (threadId: string, resolved: boolean) => this.change('PATCH', threadId, { resolved });

	/** The reader opened a thread: it is no longer marked unread here. */
	seen(threadId: string): void {
		this.unread.delete(threadId);
	}

	async markRead(): Promise<void> {
		try {
			await api('POST', `/api/deals/${this.dealId}/comments/read`);
		} catch {
			// Offline: read markers catch up next time.
		}
	}

	dismissProblem(): void {
		this.problem = null;
	}
}
