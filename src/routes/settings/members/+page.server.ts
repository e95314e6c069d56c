import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getLocale } from '$lib/paraglide/runtime.js';
import { WORKSPACE_ROLES, INVITABLE_ROLES } from '$lib/server/db/schema';
import { ID_PATTERN } from '$lib/ids';
import { createInvitation, pendingInvitations, revokeInvitation } from '$lib/server/invitations';
import { changeRole, listMembers, removeMember, transferOwnership } from '$lib/server/members';
import { createPasswordReset, ownerMayReset } from '$lib/server/password-reset';
import { requireMember } from '$lib/server/require-user';
import { formInput, teamAction } from '$lib/server/team-action';
import { invitationMail } from '$lib/server/team-mail';
import { mayInvite, TeamError } from '$lib/server/team-rules';
import { managesWorkspace } from '$lib/server/workspace';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user, workspace } = await requireMember(locals, url);
	const db = locals.context.database.db;
	const [members, invitations] = await Promise.all([
		listMembers(db, workspace.id),
		managesWorkspace(workspace) ? pendingInvitations(db, workspace.id) : Promise.resolve([])
	]);
	return {
		me: user.id,
		myRole: workspace.role,
		members,
		invitations,
		canInvite: mayInvite(workspace.role, 'member'),
		canInviteManagers: mayInvite(workspace.role, 'manager'),
		mailEnabled: locals.context.mailer.enabled
	};
};

const Invite = z.object({ email: z.email().trim().toLowerCase().max(320), role: z.enum(INVITABLE_ROLES) });
const ForUser = z.object({ userId: z.string().regex(ID_PATTERN) });
const SetRole = ForUser.extend({ role: z.enum(WORKSPACE_ROLES) });
const ForInvitation = z.object({ invitationId: z.string().regex(ID_PATTERN) });

/** Tells open sockets of this user that their access may have changed. */
const accessChanged = (locals: App.Locals, userId: string) => locals.context.events.emit('member-access-changed', userId);

export const actions: Actions = {
	invite: async ({ locals, url, request }) =>
		teamAction(async () => {
			const { user, workspace } = await requireMember(locals, url);
			const input = await formInput(request, Invite);
			const { token, expiresAt } = await createInvitation(locals.context.database.db, { id: user.id, workspace }, input, locals.context.config.INVITE_TTL_HOURS * 3600_000);
			const link = `${url.origin}/invite/${token}`;
			const { mailer } = locals.context;
			let mail: 'sent' | 'failed' | 'disabled' = 'disabled';
			let mailError = '';
			if (mailer.enabled) {
				// In the inviter's language: the one this page is shown in.
				const message = invitationMail({ locale: getLocale(), inviter: user.name, workspace: workspace.name, link, expiresAt });
				try {
					await mailer.send({ to: input.email, ...message });
					mail = 'sent';
				} catch (e) {
					mail = 'failed';
					mailError = e instanceof Error ? e.message.slice(0, 300) : String(e);
					console.warn(`invitation mail to ${input.email} failed: ${mailError}`);
				}
			}
			return { invited: { email: input.email, role: input.role, link, mail, mailError } };
		}),
	revoke: async ({ locals, url, request }) =>
		teamAction(async () => {
			const { user, workspace } = await requireMember(locals, url);
			const { invitationId } = await formInput(request, ForInvitation);
			await revokeInvitation(locals.context.database.db, { id: user.id, workspace }, invitationId);
			return { revoked: invitationId };
		}),
	setRole: async ({ locals, url, request }) =>
		teamAction(async () => {
			const { user, workspace } = await requireMember(locals, url);
			const { userId, role } = await formInput(request, SetRole);
			await changeRole(locals.context.database.db, { id: user.id, workspace }, userId, role);
			accessChanged(locals, userId);
			return { roleChanged: { userId, role } };
		}),
	transfer: async ({ locals, url, request }) =>
		teamAction(async () => {
			const { user, workspace } = await requireMember(locals, url);
			const { userId } = await formInput(request, ForUser);
			await transferOwnership(locals.context.database.db, { id: user.id, workspace }, userId);
			accessChanged(locals, userId);
			accessChanged(locals, user.id);
			return { transferred: userId };
		}),
	remove: async ({ locals, url, request }) =>
		teamAction(async () => {
			const { user, workspace } = await requireMember(locals, url);
			const { userId } = await formInput(request, ForUser);
			await removeMember(locals.context.database.db, { id: user.id, workspace }, userId);
			accessChanged(locals, userId);
			return { removed: userId };
		}),
	leave: async ({ locals, url }) =>
		teamAction(async () => {
			const { user, workspace } = await requireMember(locals, url);
			await removeMember(locals.context.database.db, { id: user.id, workspace }, user.id);
			accessChanged(locals, user.id);
			redirect(303, '/deals');
		}),
	resetLink: async ({ locals, url, request }) =>
		teamAction(async () => {
			const { user, workspace } = await requireMember(locals, url);
			const { userId } = await formInput(request, ForUser);
			const db = locals.context.database.db;
			if (workspace.role !== 'owner') throw new TeamError(403, 'forbidden', 'Only an owner can make a password reset link.');
			if (!(await ownerMayReset(db, user.id, userId))) {
				throw new TeamError(403, 'forbidden', 'This person also belongs to a workspace you do not own: they reset their password themselves, from “Forgot password”.');
			}
			const token = await createPasswordReset(db, userId, user.id);
			return { resetLink: { userId, link: `${url.origin}/reset/${token}` } };
		})
};
