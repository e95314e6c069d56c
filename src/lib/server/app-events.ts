import { EventEmitter } from 'node:events';

/**
 * What the HTTP side tells the sync side about access, so that a role change or a sign-out
 * reaches sockets that are already open.
 */
export interface AppEventMap {
	/** Someone's role on this deal changed, or the deal's status did. */
	'deal-access-changed': [dealId: string];
	/** This user's workspace role changed or they left a workspace: recheck all their sockets. */
	'member-access-changed': [userId: string];
	/** This session was signed out or deleted. */
	'session-revoked': [sessionId: string];
	/** A comment on this deal was added, changed, deleted, resolved or reopened. */
	'comments-changed': [dealId: string];
}

export type AppEventName = keyof AppEventMap;

export class AppEvents extends EventEmitter<AppEventMap> {
	/** Set when several instances share the work (Redis): every event raised here is sent to the others too. */
	forward: ((name: AppEventName, arg: string) => void) | null = null;

	override emit<K extends AppEventName>(name: K, ...args: AppEventMap[K]): boolean {
		this.forward?.(name, args[0]);
		return super.emit(name as AppEventName, ...(args as [string]));
	}

	/** An event raised on another instance: handled here, not sent on again. */
	emitLocal(name: AppEventName, arg: string): boolean {
		return super.emit(name, arg);
	}
}
