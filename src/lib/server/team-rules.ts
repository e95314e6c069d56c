import type { WorkspaceRole } from './db/schema.ts';
import type { InvitableRole } from './db/team-schema.ts';

/** A refusal of a team action, with the status the edge answers and a code the page words. */
export class TeamError extends Error {
	constructor(
		readonly status: 400 | 403 | 404 | 409 | 410,
		readonly code: TeamErrorCode,
		message: string
	) {
		super(message);
	}
}

export type TeamErrorCode =
	| 'forbidden'
	| 'invalid'
	| 'not_member'
	| 'last_owner'
	| 'already_member'
	| 'already_invited'
	| 'wrong_email'
	| 'has_account'
	| 'link_gone';

/** Owners invite members and managers; managers invite members; members invite nobody. */
export function mayInvite(actor: WorkspaceRole, role: InvitableRole): boolean {
	return actor === 'owner' || (actor === 'manager' && role === 'member');
}

/** Only owners change roles (and so only they make managers or owners). */
export function mayChangeRole(actor: WorkspaceRole): boolean {
	return actor === 'owner';
}

/** Anyone may leave; owners remove anyone; managers remove members only. */
export function mayRemove(actor: { id: string; role: WorkspaceRole }, target: { id: string; role: WorkspaceRole }): boolean {
	if (actor.id === target.id) return true;
	return actor.role === 'owner' || (actor.role === 'manager' && target.role === 'member');
}

/** Owners and managers see and revoke pending invitations; managers only those for members. */
export function mayRevokeInvitation(actor: WorkspaceRole, role: InvitableRole): boolean {
	return mayInvite(actor, role);
}

/**
 * A change that leaves the workspace without an owner is refused: the last owner can neither
 * leave, be removed nor be demoted.
 */
export function keepsAnOwner(owners: readonly string[], change: { userId: string; newRole: WorkspaceRole | null }): boolean {
	if (change.newRole === 'owner') return true;
	return owners.some((id) => id !== change.userId);
}
