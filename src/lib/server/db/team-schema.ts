import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { users, workspaces } from './schema.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

export const INVITABLE_ROLES = ['member', 'manager'] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

/**
 * An invitation into a workspace. Like a session, only the SHA-256 of its token is stored.
 * It is pending until accepted, revoked or past `expires_at`; accepting is one conditional
 * update, so a token is used once however many tabs post it.
 */
export const invitations = pgTable(
	'invitations',
	{
		id: text('id').primaryKey(),
		workspaceId: text('workspace_id')
			.notNull()
			.references(() => workspaces.id, { onDelete: 'cascade' }),
		/** Lower-cased; only this address may accept. */
		email: text('email').notNull(),
		role: text('role', { enum: INVITABLE_ROLES }).notNull(),
		tokenHash: text('token_hash').notNull().unique(),
		invitedBy: text('invited_by')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: at('created_at').notNull().defaultNow(),
		expiresAt: at('expires_at').notNull(),
		acceptedAt: at('accepted_at'),
		acceptedBy: text('accepted_by').references(() => users.id, { onDelete: 'set null' }),
		revokedAt: at('revoked_at')
	},
	(t) => [
		index('invitations_workspace_idx').on(t.workspaceId),
		// One open invitation per address and workspace: a double submission cannot make two.
		uniqueIndex('invitations_open_email_idx')
			.on(t.workspaceId, t.email)
			.where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
		check('invitations_role_check', sql`${t.role} in ('member', 'manager')`)
	]
);

/** A single-use password reset link (mailed, or made by an owner); only its hash is stored. */
export const passwordResets = pgTable(
	'password_resets',
	{
		tokenHash: text('token_hash').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** The owner who made the link; null when the user asked for it by mail. */
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: at('created_at').notNull().defaultNow(),
		expiresAt: at('expires_at').notNull(),
		usedAt: at('used_at')
	},
	(t) => [index('password_resets_user_idx').on(t.userId)]
);

/**
 * A sign-up waiting for its address to be confirmed (when the app can send mail): the account
 * is created only from the link mailed to the address, so the sign-up page answers the same
 * whether or not the address already has an account.
 */
export const signupRequests = pgTable(
	'signup_requests',
	{
		tokenHash: text('token_hash').primaryKey(),
		email: text('email').notNull(),
		name: text('name').notNull(),
		passwordHash: text('password_hash').notNull(),
		team: text('team').notNull().default(''),
		createdAt: at('created_at').notNull().defaultNow(),
		expiresAt: at('expires_at').notNull(),
		usedAt: at('used_at')
	},
	(t) => [index('signup_requests_email_idx').on(t.email)]
);
