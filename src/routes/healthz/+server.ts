import { json } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import type { RequestHandler } from './$types';

const PROBE_TIMEOUT_MS = 2000;

async function probe(check: () => Promise<unknown>): Promise<'ok' | string> {
	let timer: NodeJS.Timeout | undefined;
	try {
		await Promise.race([
			check(),
			new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS)))
		]);
		return 'ok';
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	} finally {
		clearTimeout(timer);
	}
}

/**
 * For load balancers and monitors: 200 when this instance can serve (its database answers, and
 * Redis when several instances share the work), 503 when it cannot or is shutting down, so
 * traffic moves to the other instances. An instance without Redis still serves its own clients.
 */
export const GET: RequestHandler = async ({ locals }) => {
	const { database, lifecycle } = locals.context;
	const databaseStatus = await probe(() => database.db.execute(sql`select 1`));
	const redis = lifecycle.redis ? lifecycle.redis() : undefined;
	const ok = databaseStatus === 'ok' && (redis === undefined || redis === 'ok') && !lifecycle.draining;
	return json(
		{ status: ok ? 'ok' : 'unavailable', database: databaseStatus, ...(redis === undefined ? {} : { redis }), draining: lifecycle.draining },
		{ status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } }
	);
};
