import type { IncomingMessage } from 'node:http';
import type { AppContext } from '../src/lib/server/app-context.ts';
import { dealAccessFor, canEditDocument } from '../src/lib/server/access.ts';
import { readCookie, SESSION_COOKIE, validateSessionToken } from '../src/lib/server/auth/session.ts';
import { ID_PATTERN } from '../src/lib/ids.ts';
import { EXTENSIONS_PARAM } from '../src/lib/sync/protocol.ts';

export const SYNC_PATH_PREFIX = '/sync/';

export interface SyncIdentity {
	docName: string;
	user: { id: string; name: string; email: string };
	sessionId: string;
	sessionExpiresAt: Date;
	readOnly: boolean;
	/** The client asked for the server's own messages (`?extensions=1`). */
	extensions: boolean;
}

export type UpgradeDecision =
	| { ok: true; identity: SyncIdentity }
	| { ok: false; status: 400 | 401 | 403 | 429; reason: string };

/** The origins a browser page of this app is served from. */
function allowedOrigins(req: IncomingMessage, configured: string | undefined): string[] {
	if (configured) return [new URL(configured).origin];
	const host = req.headers.host;
	return host ? [`http://${host}`, `https://${host}`] : [];
}

/**
 * Decides an upgrade before the WebSocket opens: the path names a deal, the Origin is ours,
 * the session cookie is valid, and the user has a role on the deal.
 */
export async function authorizeUpgrade(req: IncomingMessage, context: AppContext): Promise<UpgradeDecision> {
	const url = req.url ?? '';
	const [path = '', query = ''] = url.split('?');
	const docName = path.slice(SYNC_PATH_PREFIX.length);
	if (!path.startsWith(SYNC_PATH_PREFIX) || !ID_PATTERN.test(docName)) {
		return { ok: false, status: 400, reason: 'Not a deal document address.' };
	}
	const origin = req.headers.origin;
	if (!origin || !allowedOrigins(req, context.config.ORIGIN).includes(origin)) {
		return { ok: false, status: 403, reason: 'Connections are accepted only from this app’s own pages.' };
	}
	const token = readCookie(req.headers.cookie, SESSION_COOKIE);
	const validation = token ? await validateSessionToken(context.database.db, token) : null;
	if (!validation) return { ok: false, status: 401, reason: 'Sign in again to keep working.' };
	const access = await dealAccessFor(context.database.db, validation.user.id, docName);
	if (!access) return { ok: false, status: 403, reason: 'You have no access to this deal.' };
	return {
		ok: true,
		identity: {
			docName,
			user: validation.user,
			sessionId: validation.session.id,
			sessionExpiresAt: validation.session.expiresAt,
			readOnly: !canEditDocument(access),
			extensions: new URLSearchParams(query).get(EXTENSIONS_PARAM) === '1'
		}
	};
}
