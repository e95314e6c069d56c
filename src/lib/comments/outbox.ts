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

/** A new comment id: random, lower-case, as the server expects. */
export function newCommentId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
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
