import { z } from 'zod';
import { DEFAULT_PGLITE_SHARED_BUFFERS } from './db/pglite-protocol.ts';

/** Unset: on, but only on the embedded database (a known password has no place on a real server). */
const seedFlag = z
	.enum(['0', '1', 'true', 'false', ''])
	.optional()
	.transform((v) => (v === undefined || v === '' ? undefined : v === '1' || v === 'true'));

const ConfigSchema = z.object({
	PORT: z.coerce.number().int().min(0).max(65535).default(3000),
	HOST: z.string().default('0.0.0.0'),
	ORIGIN: z.url().optional(),
	DATABASE_URL: z.string().min(1).optional(),
	DATA_DIR: z.string().min(1).default('./data'),
	/** The embedded database's shared_buffers (Postgres units: `8MB`, `1GB`): most of its memory. */
	PGLITE_SHARED_BUFFERS: z
		.string()
		.regex(/^\d+(kB|MB|GB)$/, 'a size such as 8MB or 1GB')
		.default(DEFAULT_PGLITE_SHARED_BUFFERS),
	SEED_DEMO: seedFlag,
	/** Largest WebSocket frame the sync server accepts, in bytes. */
	SYNC_MAX_PAYLOAD: z.coerce.number().int().positive().default(8 * 1024 * 1024),
	/** Uncommitted bytes (database slow or down) beyond which the sync server refuses new writes. */
	SYNC_MAX_PENDING_BYTES: z.coerce.number().int().positive().default(64 * 1024 * 1024),
	/** Messages per second one socket may send on average (bursts up to ten times that). */
	SYNC_MESSAGES_PER_SECOND: z.coerce.number().int().positive().default(500),
	/** Outgoing mail (invitations, password resets), e.g. smtp://user:pass@host:587; unset: links are shared by hand. */
	SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
	MAIL_FROM: z.string().min(3).default('Deal rooms <no-reply@localhost>'),
	/** How long an invitation link stays valid. */
	INVITE_TTL_HOURS: z.coerce.number().positive().max(24 * 90).default(7 * 24),
	/** Open sync sockets one user, and one client address, may hold; one more is refused (429). */
	SYNC_MAX_SOCKETS_PER_USER: z.coerce.number().int().positive().default(50),
	SYNC_MAX_SOCKETS_PER_ADDRESS: z.coerce.number().int().positive().default(200),
	/** The header a proxy puts the client's address in (adapter-node reads the same two). */
	ADDRESS_HEADER: z.string().trim().toLowerCase().optional(),
	XFF_DEPTH: z.coerce.number().int().positive().default(1),
	/** `off`: the deal page is sent without its server-drawn first paint (to measure what it brings). */
	DEAL_PAINT: z.enum(['on', 'off']).default('on'),
	/** Redis for fan-out between several instances on one Postgres (needs DATABASE_URL). */
	REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional()
})
	.refine((c) => !c.REDIS_URL || c.DATABASE_URL, { path: ['REDIS_URL'], message: 'several instances share one Postgres: set DATABASE_URL too (the embedded database serves one instance)' })
	.transform((c) => ({ ...c, SEED_DEMO: c.SEED_DEMO ?? !c.DATABASE_URL }));

export type AppConfig = z.infer<typeof ConfigSchema>;

/** Reads and validates the environment once, at the edge; names the variable that is wrong. */
export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
	const result = ConfigSchema.safeParse(env);
	if (!result.success) {
		const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		throw new Error(`Invalid environment: ${problems.join('; ')}`);
	}
	return result.data;
}
