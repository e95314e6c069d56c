import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { localDocName, notePending, trackOpen, untrackOpen } from '$lib/offline/local-store';
import { CloseCode, EXTENSIONS_PARAM, MESSAGE_PERSISTED, MESSAGE_WITNESS } from '$lib/sync/protocol';
import { readWitnessMessage, WitnessIndex } from '$lib/sync/witness';
import { SaveTracker, type SavedStateRecord } from '$lib/sync/saved-state';
import { bodyText, getBody } from '$lib/sync/deal-doc';

export interface Collaborator {
	clientId: number;
	id: string;
	name: string;
	color: string;
	self: boolean;
}

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';
export type SyncProblem = 'session' | 'forbidden' | 'denied' | 'error' | null;
/** Why the socket closed when it will come back by itself (the client reconnects). */
export type SyncPause = 'rate-limited' | 'server' | null;

const SAVED_STATE_KEY = 'saved-state';
/** If the device store never answers (storage disabled), sync from the server regardless. */
const LOCAL_LOAD_GIVE_UP_MS = 3000;

/**
 * One deal document on this page: the Y.Doc, its copy on this device (IndexedDB, loaded
 * first), its connection to the sync server, and what the UI shows about it (connection,
 * how many changes on this device the server has not committed, who else is here).
 */
export class DealSync {
	readonly doc = new Y.Doc();
	readonly provider: WebsocketProvider;
	private readonly local: IndexeddbPersistence;
	private readonly tracker = new SaveTracker(this.doc);
	/** Who wrote what, as the server witnessed it: the authors and times the page shows. */
	readonly witness = new WitnessIndex();
	/** Called when the server told us more of who wrote what. */
	onWitness: () => void = () => {};
	connection = $state<ConnectionState>('connecting');
	/** True once the first sync with the server has completed. */
	synced = $state(false);
	/** True once this device's copy is loaded (it may be empty: never opened here). */
	localReady = $state(false);
	/** Whether the document has any content yet, from the device or the server. */
	hasContent = $state(false);
	/** Changes on this device (items and deletions) the server has not committed yet. */
	unsaved = $state(0);
	/** Whether we know what the server committed: heard it now, or kept from an earlier visit. */
	knowsPersisted = $state(false);
	/** Whether the server has told us what it committed since we connected. */
	heardPersisted = $state(false);
	collaborators = $state<Collaborator[]>([]);
	problem = $state<SyncProblem>(null);
	pause = $state<SyncPause>(null);
	problemDetail = $state('');
	private saveQueued = false;
	private destroyed = false;

	constructor(
		private readonly dealId: string,
		private readonly userId: string,
		/** The room as the server stored it when it sent the page: shown before any socket. */
		stored: Uint8Array | null = null
	) {
		const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
		this.local = new IndexeddbPersistence(localDocName(userId, dealId), this.doc);
		this.provider = new WebsocketProvider(`${scheme}://${location.host}/sync`, dealId, this.doc, {
			// Ask for the server's own messages (what is committed, comments changed).
			params: { [EXTENSIONS_PARAM]: '1' },
			// Every replica talks to the server, so "saved" always means committed there.
			disableBc: true,
			maxBackoffTime: 5000,
			// Load this device's copy first; then sync only what differs.
			connect: false
		});
		this.provider.messageHandlers[MESSAGE_PERSISTED] = (_encoder, decoder) => {
			this.tracker.readPersisted(decoder);
			this.heardPersisted = true;
			this.knowsPersisted = true;
			this.recount();
			this.queueSaveState();
		};
		this.provider.messageHandlers[MESSAGE_WITNESS] = (_encoder, decoder) => {
			this.witness.recordAll(readWitnessMessage(decoder));
			this.onWitness();
		};
		this.provider.messageHandlers[2] = () => {
			this.problem = 'denied';
		};
		this.provider.on('status', ({ status }) => {
			this.connection = status;
			if (status !== 'connected') this.heardPersisted = false;
			else this.pause = null;
		});
		this.provider.on('sync', (synced) => (this.synced = this.synced || synced));
		this.provider.on('connection-close', (event) => {
			if (!event) return;
			if (event.code === CloseCode.Unauthenticated) this.problem = 'session';
			else if (event.code === CloseCode.Forbidden) this.problem = 'forbidden';
			else if (event.code === CloseCode.RateLimited) this.pause = 'rate-limited';
			else if (event.code >= 4500 && event.code < 4600) this.pause = 'server';
			else if (event.code >= 4400 && event.code < 4500) {
				this.problem = 'error';
				this.problemDetail = event.reason;
			} else if (event.code === 1006 && !this.provider.wsconnected) void this.checkSession();
		});
		this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
			this.recount();
			if (origin !== this.provider && origin !== this.local) this.queueSaveState();
		});
		this.provider.awareness.on('change', () => this.readCollaborators());
		this.readCollaborators();
		addEventListener('online', this.goOnline);
		addEventListener('offline', this.goOffline);
		trackOpen(this);
		if (stored) {
			try {
				Y.applyUpdate(this.doc, stored, 'stored');
				// It came from the database: committed, whatever the device kept from earlier.
				this.tracker.notePersisted(Y.encodeStateVectorFromUpdate(stored));
				this.knowsPersisted = true;
				this.recount();
			} catch {
				// A damaged paint is only a head start: the socket brings the room.
			}
		}
		void this.loadLocal();
	}

	private async loadLocal(): Promise<void> {
		const loaded = await Promise.race([
			this.local.whenSynced.then(() => true),
			new Promise<false>((r) => setTimeout(() => r(false), LOCAL_LOAD_GIVE_UP_MS))
		]);
		if (this.destroyed) return;
		if (loaded) {
			try {
				this.tracker.restore((await this.local.get(SAVED_STATE_KEY)) as SavedStateRecord | undefined);
			} catch {
				// Nothing kept from an earlier visit.
			}
			this.knowsPersisted = this.tracker.known;
			// Every change was logged as its own entry: fold them into one, so a document opened
			// and edited many times does not grow without bound on the device.
			void storeState(this.local, true).catch(() => {});
		}
		this.localReady = true;
		this.recount();
		if (navigator.onLine && !this.destroyed) this.provider.connect();
		else this.connection = 'disconnected';
	}

	private readonly goOnline = () => {
		if (!this.problem && this.localReady) this.provider.connect();
	};

	/** The browser knows before the socket does: stop trying until it is back. */
	private readonly goOffline = () => {
		this.provider.disconnect();
		this.connection = 'disconnected';
	};

	/** Keeps what we know of the server's commits with the document, for counting offline. */
	private queueSaveState(): void {
		if (this.saveQueued || !this.localReady) return;
		this.saveQueued = true;
		queueMicrotask(() => {
			this.saveQueued = false;
			if (this.destroyed || !this.tracker.known) return;
			this.local.set(SAVED_STATE_KEY, this.tracker.record() as never).catch(() => {});
		});
	}

	/** The user's copy of the document as plain text, e.g. to copy out what the server refused. */
	plainText(): string {
		return bodyText(this.doc);
	}

	/** A refused upgrade looks like a network failure to a browser; ask the app why. */
	private async checkSession(): Promise<void> {
		try {
			const res = await fetch('/api/session', { cache: 'no-store' });
			if (res.status === 401) {
				this.problem = 'session';
				this.provider.disconnect();
			}
		} catch {
			// Offline: nothing to learn.
		}
	}

	private recount(): void {
		this.unsaved = this.tracker.unsaved();
		this.hasContent = this.hasContent || getBody(this.doc).length > 0;
		if (this.knowsPersisted) notePending(this.userId, this.dealId, this.unsaved);
	}

	private readCollaborators(): void {
		const seen = new Set<string>();
		const list: Collaborator[] = [];
		for (const [clientId, state] of this.provider.awareness.getStates()) {
			const user = (state as { user?: { id?: string; name?: string; color?: string } }).user;
			if (!user?.id || seen.has(user.id)) continue;
			seen.add(user.id);
			list.push({
				clientId,
				id: user.id,
				name: user.name ?? '?',
				color: user.color ?? '#64748b',
				self: clientId === this.doc.clientID
			});
		}
		this.collaborators = list;
	}

	get saved(): boolean {
		return this.heardPersisted && this.unsaved === 0;
	}

	/** Stops syncing and closes the device copy (before it is deleted on sign-out). */
	async closeLocal(): Promise<void> {
		this.provider.disconnect();
		await this.local.destroy();
	}

	destroy(): void {
		this.destroyed = true;
		removeEventListener('online', this.goOnline);
		removeEventListener('offline', this.goOffline);
		untrackOpen(this);
		this.tracker.destroy();
		this.provider.destroy();
		this.doc.destroy();
	}
}
