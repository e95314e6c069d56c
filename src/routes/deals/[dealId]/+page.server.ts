import { error, fail } from '@sveltejs/kit';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { canEditDocument, dealAccessFor } from '$lib/server/access';
import { commentAllowed } from '$lib/server/comment-rules';
import { accounts, contacts, dealMembers, deals, DEAL_ROLES, users, workspaceMembers } from '$lib/server/db/schema';
import { ID_PATTERN } from '$lib/ids';
import { memberOf, requireUser } from '$lib/server/require-user';
import { workspaceTemplate } from '$lib/server/deal-template';
import { dealPaint } from '$lib/server/deal-paint';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { Database } from '$lib/server/db/client';
import { managesWorkspace, type WorkspaceMembership } from '$lib/server/workspace';
import { DEAL_STATUSES } from '$lib/server/db/schema';
import type { Actions, PageServerLoad } from './$types';

async function loadDeal(db: Database, dealId: string) {
	const [deal] = await db
		.select({
			id: deals.id,
			title: deals.title,
			amount: deals.amount,
			currency: deals.currency,
			expectedCloseDate: deals.expectedCloseDate,
			status: deals.status,
			ownerId: deals.ownerId,
			ownerName: users.name,
			accountId: deals.accountId,
			accountName: accounts.name
		})
		.from(deals)
		.innerJoin(accounts, eq(accounts.id, deals.accountId))
		.innerJoin(users, eq(users.id, deals.ownerId))
		.where(eq(deals.id, dealId));
	return deal ?? null;
}

/** Who may change the deal team or close the deal: its owner, a workspace owner or a manager. */
function canManageTeam(userId: string, ownerId: string, workspace: WorkspaceMembership): boolean {
	return userId === ownerId || managesWorkspace(workspace);
}

/**
 * The deal, the caller's role on it and their membership in the deal's own workspace (which
 * becomes their current one); a deal they cannot open is 403 whichever workspace it is in.
 */
async function dealForMember(locals: App.Locals, url: URL, dealId: string) {
	const me = requireUser(locals, url);
	if (!ID_PATTERN.test(dealId)) error(404, 'Not found');
	const db = locals.context.database.db;
	const access = await dealAccessFor(db, me.id, dealId);
	const member = access ? await memberOf(locals, url, access.workspaceId) : null;
	const deal = member ? await loadDeal(db, dealId) : null;
	if (!access || !member || !deal) error(403, 'No access');
	return { ...member, access, deal, db };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { user, workspace, access, deal, db } = await dealForMember(locals, url, params.dealId);
	const [team, workspaceUsers, accountContacts, template] = await Promise.all([
		db
			.select({ id: users.id, name: users.name, role: dealMembers.role })
			.from(dealMembers)
			.innerJoin(users, eq(users.id, dealMembers.userId))
			.where(eq(dealMembers.dealId, deal.id))
			.orderBy(asc(users.name)),
		db
			.select({ id: users.id, name: users.name })
			.from(workspaceMembers)
			.innerJoin(users, eq(users.id, workspaceMembers.userId))
			.where(eq(workspaceMembers.workspaceId, workspace.id))
			.orderBy(asc(users.name)),
		db
			.select({ id: contacts.id, name: contacts.name, title: contacts.title })
			.from(contacts)
			.where(eq(contacts.accountId, deal.accountId))
			.orderBy(asc(contacts.name)),
		workspaceTemplate(db, workspace.id)
	]);
	// The room as stored, so the page shows it before any script or socket (first paint).
	const paint = locals.context.config.DEAL_PAINT === 'off' ? null : await dealPaint(db, deal.id, {
		locale: getLocale(),
		userId: user.id,
		accountId: deal.accountId,
		members: workspaceUsers,
		contacts: accountContacts,
		scale: workspace.supportScale,
		exitCriteria: template.exitCriteria,
		catalog: template.catalog
	});
	return {
		paint,
		writable: canEditDocument(access),
		canComment: commentAllowed(access.role, 'comment'),
		contacts: accountContacts,
		exitCriteria: template.exitCriteria,
		catalog: template.catalog,
		supportScale: workspace.supportScale,
		canReopen: managesWorkspace(workspace),
		deal,
		role: access.role,
		me: { id: user.id, name: user.name },
		team,
		workspaceUsers,
		canManageTeam: canManageTeam(user.id, deal.ownerId, workspace)
	};
};

const SetStatus = z.object({ status: z.enum(DEAL_STATUSES) });

const SetMember = z.object({ userId: z.string().regex(ID_PATTERN), role: z.enum(DEAL_ROLES) });

export const actions: Actions = {
	/** Won or lost freezes the deal room for everyone; only an owner or manager reopens it. */
	setStatus: async ({ locals, url, params, request }) => {
		const { user, workspace, deal, db } = await dealForMember(locals, url, params.dealId);
		const parsed = SetStatus.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: 'invalid' as const });
		const next = parsed.data.status;
		const allowed = next === 'open' ? managesWorkspace(workspace) : canManageTeam(user.id, deal.ownerId, workspace);
		if (!allowed) return fail(403, { error: 'forbidden_status' as const });
		await db.update(deals).set({ status: next, updatedAt: new Date() }).where(eq(deals.id, deal.id));
		// Open sockets become read-only (or writable again) at once.
		locals.context.events.emit('deal-access-changed', deal.id);
		return { statusChanged: next };
	},
	setMember: async ({ locals, url, params, request }) => {
		const { user, workspace, deal, db } = await dealForMember(locals, url, params.dealId);
		if (!canManageTeam(user.id, deal.ownerId, workspace)) return fail(403, { error: 'forbidden' as const });
		const parsed = SetMember.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { error: 'invalid' as const });
		const [member] = await db
			.select({ name: users.name })
			.from(workspaceMembers)
			.innerJoin(users, eq(users.id, workspaceMembers.userId))
			.where(and(eq(workspaceMembers.workspaceId, workspace.id), eq(workspaceMembers.userId, parsed.data.userId)));
		if (!member) return fail(400, { error: 'invalid' as const });
		await db
			.insert(dealMembers)
			.values({ dealId: deal.id, userId: parsed.data.userId, role: parsed.data.role })
			.onConflictDoUpdate({ target: [dealMembers.dealId, dealMembers.userId], set: { role: parsed.data.role } });
		// Sockets already open on this deal pick up the new role.
		locals.context.events.emit('deal-access-changed', deal.id);
		return { added: { name: member.name, role: parsed.data.role } };
	}
};
