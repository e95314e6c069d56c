import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CloseCode, MESSAGE_PERSISTED } from '$lib/sync/protocol';
import { unpersistedCount } from '$lib/sync/saved-state';

export interface Collaborator {
	clientId: number;
	id: string;
	name: string;
	color: string;
	self: boolean;
}

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';
export type SyncProblem = 'session' | 'forbidden' | 'denied' | 'error' | null;

/**
 * One deal document on this page: the Y.Doc, its connection to the sync server, and what the
 * UI shows about it (connection, whether the server has committed every local change, who
 * else is here).
 */
export class DealSync {
	readonly doc = new Y.Doc();
	readonly provider: WebsocketProvider;
	connection = $state<ConnectionState>('connecting');
	/** True once the first sync with the server has completed. */
	synced = $state(false);
	/** Items on this device the server has not committed yet. */
	unsaved = $state(0);
	/** Whether the server has told us what it committed since we connected. */
	heardPersisted = $state(false);
	collaborators = $state<Collaborator[]>([]);
	problem = $state<SyncProblem>(null);
	problemDetail = $state('');
	private persisted = new Map<number, number>();

	constructor(dealId: string) {
		const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
		this.provider = new WebsocketProvider(`${scheme}://${location.host}/sync`, dealId, this.doc, {
			// Every replica talks to the server, so "saved" always means committed there.
			disableBc: true,
			maxBackoffTime: 5000
		});
		this.provider.messageHandlers[MESSAGE_PERSISTED] = (_encoder, decoder) => {
			this.persisted = Y.decodeStateVector(decoding.readVarUint8Array(decoder));
			this.heardPersisted = true;
			this.recount();
		};
		this.provider.messageHandlers[2] = () => {
			this.problem = 'denied';
		};
		this.provider.on('status', ({ status }) => {
			this.connection = status;
			if (status !== 'connected') this.heardPersisted = false;
		});
		this.provider.on('sync', (synced) => (this.synced = this.synced || synced));
		this.provider.on('connection-close', (event) => {
			if (!event) return;
			if (event.code === CloseCode.Unauthenticated) this.problem = 'session';
			else if (event.code === CloseCode.Forbidden) this.problem = 'forbidden';
			else if (event.code >= 4400 && event.code < 4500) {
				this.problem = 'error';
				this.problemDetail = event.reason;
			} else if (event.code === 1006 && !this.provider.wsconnected) void this.checkSession();
		});
		this.doc.on('update', () => this.recount());
		this.provider.awareness.on('change', () => this.readCollaborators());
		this.readCollaborators();
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
		this.unsaved = unpersistedCount(Y.decodeStateVector(Y.encodeStateVector(this.doc)), this.persisted);
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

	destroy(): void {
		this.provider.destroy();
		this.doc.destroy();
	}
}
