import { STORAGE_PREFIX } from '$lib/offline/offline-routes';
import type { CommentAnchor } from './types';

/** A comment written on this device and not yet acknowledged by the server. */
export interface OutboxEntry {
	id: string;
	dealId: string;
	body: string;
	anchor?: CommentAnchor;
	threadId?: string;
	authorName: string;
	createdAt: string;
}

const key = (userId: string) => `${STORAGE_PREFIX}:outbox:${userId}`;

/** The user's outbox, across deals, oldest first; kept in localStorage so it survives restarts. */
export function readOutbox(userId: string): OutboxEntry[] {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(key(userId)) ?? '[]');
		return Array.isArray(parsed) ? (parsed as OutboxEntry[]) : [];
	} catch {
		return [];
	}
}

function write(userId: string, entries: OutboxEntry[]): void {
	if (entries.length) localStorage.setItem(key(userId), JSON.stringify(entries));
	else localStorage.removeItem(key(userId));
}

export function addToOutbox(userId: string, entry: OutboxEntry): void {
	write(userId, [...readOutbox(userId), entry]);
}

export function removeFromOutbox(userId: string, id: string): void {
	write(userId, readOutbox(userId).filter((e) => e.id !== id));
}

const cacheKey = (userId: string, dealId: string) => `${STORAGE_PREFIX}:comments:${userId}:${dealId}`;

/** The threads last fetched for a deal, to read offline. */
export function cachedThreads<T>(userId: string, dealId: string): T | null {
	try {
		return JSON.parse(localStorage.getItem(cacheKey(userId, dealId)) ?? 'null') as T | null;
	} catch {
		return null;
	}
}

export function cacheThreads(userId: string, dealId: string, threads: unknown): void {
	try {
		localStorage.setItem(cacheKey(userId, dealId), JSON.stringify(threads));
	} catch {
		// Storage full: offline reading falls back to what the page shows.
	}
}

export interface OutboxResult {
	/** Ids the server now has (stored now or before). */
	sent: string[];
	/** Refused for good (a role lost, a thread deleted): taken out of the outbox, with the reason. */
	refused: { id: string; message: string }[];
	/** Why sending stopped early: no network or server, or the session ended. */
	stopped: 'offline' | 'session' | null;
}

/** The message of an API error response, for the user. */
export async function messageOf(res: Response): Promise<string> {
	try {
		return ((await res.json()) as { message?: string }).message ?? res.statusText;
	} catch {
		return res.statusText;
	}
}

/**
 * Sends the user's outbox (or the entries `only` picks) in order. A resend is harmless: the
 * server stores a comment id once. Stops at the first entry the network or session holds back.
 */
export async function sendOutbox(userId: string, only: (e: OutboxEntry) => boolean = () => true): Promise<OutboxResult> {
	const result: OutboxResult = { sent: [], refused: [], stopped: null };
	for (const entry of readOutbox(userId).filter(only)) {
		const { id, dealId, body, anchor, threadId } = entry;
		let res: Response;
		try {
			res = await fetch(`/api/deals/${dealId}/comments`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify({ id, body, anchor, threadId })
			});
		} catch {
			result.stopped = 'offline';
			break;
		}
		if (res.status === 401) {
			result.stopped = 'session';
			break;
		}
		if (res.status >= 500) {
			result.stopped = 'offline';
			break;
		}
		if (res.ok) result.sent.push(id);
		else result.refused.push({ id, message: await messageOf(res) });
		removeFromOutbox(userId, id);
	}
	return result;
}
