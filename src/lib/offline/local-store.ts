import { readOutbox } from '$lib/comments/outbox';
import { isPagesCache, STORAGE_PREFIX as PREFIX } from './offline-routes';

/**
 * What this device keeps per user: one IndexedDB database per deal document, and a small
 * index (in localStorage) of how many changes each holds that the server has not committed,
 * so signing out can warn without opening every document.
 */

const pendingKey = (userId: string) => `${PREFIX}:pending:${userId}`;
const LAST_USER_KEY = `${PREFIX}:last-user`;

export const localDocName = (userId: string, dealId: string) => `${PREFIX}:${userId}:${dealId}`;

function readPending(userId: string): Record<string, number> {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(pendingKey(userId)) ?? '{}');
		return parsed && typeof parsed === 'object' ? (parsed as Record<string, number>) : {};
	} catch {
		return {};
	}
}

/** Records how many uncommitted changes a deal holds on this device. */
export function notePending(userId: string, dealId: string, count: number): void {
	const all = readPending(userId);
	if ((all[dealId] ?? 0) === count) return;
	if (count > 0) all[dealId] = count;
	else delete all[dealId];
	try {
		localStorage.setItem(pendingKey(userId), JSON.stringify(all));
	} catch {
		// Storage full or disabled: the warning on sign-out is then best effort.
	}
}

/** Changes on this device, across the user's deals, that the server has not committed: edits and unsent comments. */
export function pendingOnDevice(userId: string): number {
	return Object.values(readPending(userId)).reduce((sum, n) => sum + (Number.isFinite(n) ? n : 0), 0) + readOutbox(userId).length;
}

/** Anything holding a local document open; closed before the document is deleted. */
interface OpenDocument {
	closeLocal(): Promise<void>;
}
const openDocuments = new Set<OpenDocument>();
export const trackOpen = (d: OpenDocument) => openDocuments.add(d);
export const untrackOpen = (d: OpenDocument) => openDocuments.delete(d);

function deleteDatabase(name: string): Promise<void> {
	return new Promise((resolve) => {
		const request = indexedDB.deleteDatabase(name);
		request.onsuccess = request.onerror = request.onblocked = () => resolve();
	});
}

async function deletePageCaches(): Promise<void> {
	if (typeof caches === 'undefined') return;
	for (const name of await caches.keys()) if (isPagesCache(name)) await caches.delete(name);
}

/** Deletes everything the user keeps on this device: documents, cached pages, the index. */
export async function clearLocalData(userId: string): Promise<void> {
	await Promise.all([...openDocuments].map((d) => d.closeLocal()));
	const prefix = localDocName(userId, '');
	const names = new Set(Object.keys(readPending(userId)).map((dealId) => localDocName(userId, dealId)));
	if (typeof indexedDB.databases === 'function') {
		for (const db of await indexedDB.databases()) if (db.name?.startsWith(prefix)) names.add(db.name);
	}
	await Promise.all([...names].map(deleteDatabase));
	await deletePageCaches();
	localStorage.removeItem(pendingKey(userId));
	localStorage.removeItem(LAST_USER_KEY);
	// The comment outbox and the comments kept for offline reading.
	for (const k of Object.keys(localStorage)) {
		if (k === `${PREFIX}:outbox:${userId}` || k.startsWith(`${PREFIX}:comments:${userId}:`)) localStorage.removeItem(k);
	}
}

/**
 * Cached pages hold the signed-in user's data: when someone else signs in on this device,
 * drop them. (Their documents stay, keyed by user, until they sign out.)
 */
export async function noteSignedIn(userId: string): Promise<void> {
	const last = localStorage.getItem(LAST_USER_KEY);
	if (last !== userId) {
		if (last) await deletePageCaches();
		localStorage.setItem(LAST_USER_KEY, userId);
	}
}
