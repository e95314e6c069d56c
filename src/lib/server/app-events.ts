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

export class AppEvents extends EventEmitter<AppEventMap> {}
