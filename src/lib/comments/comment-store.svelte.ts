import { SvelteSet } from 'svelte/reactivity';
import { addToOutbox, cachedThreads, cacheThreads, newCommentId, readOutbox, removeFromOutbox, type OutboxEntry } from './outbox';
import type { CommentAnchor, CommentView, ThreadView } from './types';

export type CommentProblem = { kind: 'session' } | { kind: 'refused'; message: string } | { kind: 'offline' } | null;

async function api(method: string, path: string, body?: unknown): Promise<Response> {
	return fetch(path, {
		method,
		headers: { 'content-type': 'application/json', accept: 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
}

async function messageOf(res: Response): Promise<string> {
	try {
		return ((await res.json()) as { message?: string }).message ?? res.statusText;
	} catch {
		return res.statusText;
	}
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
	private flushing = false;
	private refreshAgain = false;
	private refreshing: Promise<void> | null = null;

	constructor(
		readonly dealId: string,
		readonly user: { id: string; name: string }
	) {
		const cached = typeof localStorage === 'undefined' ? null : cachedThreads<ThreadView[]>(user.id, dealId);
		if (cached) this.server = cached;
		if (typeof localStorage !== 'undefined') this.outbox = readOutbox(user.id).filter((e) => e.dealId === dealId);
	}

	/** Threads with what waits in the outbox merged in (marked pending). */
	get threads(): ThreadView[] {
		const threads = this.server.map((t) => ({ ...t, unread: this.unread.has(t.id), comments: [...t.comments] }));
		const byId = new Map(threads.map((t) => [t.id, t]));
		const known = new Set(threads.flatMap((t) => t.comments.map((c) => c.id)));
		for (const e of this.outbox) {
			if (known.has(e.id)) continue;
			const view: CommentView = { id: e.id, threadId: e.threadId ?? e.id, authorId: this.user.id, authorName: e.authorName, body: e.body, createdAt: e.createdAt, editedAt: null, deleted: false, pending: true };
			if (e.threadId) byId.get(e.threadId)?.comments.push(view);
			else {
				const t: ThreadView = { id: e.id, anchor: e.anchor ?? { kind: 'deal' }, resolvedAt: null, resolvedByName: null, comments: [view], unread: false };
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
		const entry: OutboxEntry = { id: newCommentId(), dealId: this.dealId, body: body.trim(), authorName: this.user.name, createdAt: new Date().toISOString(), ...target };
		addToOutbox(this.user.id, entry);
		this.outbox = [...this.outbox, entry];
		void this.flush();
	}

	/** Sends the outbox in order; stops at the first entry the network or session holds back. */
	async flush(): Promise<void> {
		if (this.flushing) return;
		this.flushing = true;
		let sent = false;
		try {
			for (const entry of [...this.outbox]) {
				const { id, body, anchor, threadId } = entry;
				let res: Response;
				try {
					res = await api('POST', `/api/deals/${this.dealId}/comments`, { id, body, anchor, threadId });
				} catch {
					this.problem = { kind: 'offline' };
					return;
				}
				if (res.status === 401) {
					this.problem = { kind: 'session' };
					return;
				}
				if (res.status >= 500) return;
				// Stored, or refused for good (a role lost, a thread deleted): either way it leaves the outbox.
				if (!res.ok) this.problem = { kind: 'refused', message: await messageOf(res) };
				else if (this.problem?.kind !== 'refused') this.problem = null;
				removeFromOutbox(this.user.id, id);
				this.outbox = this.outbox.filter((e) => e.id !== id);
				sent = true;
			}
		} finally {
			this.flushing = false;
			if (sent) await this.refresh();
		}
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
