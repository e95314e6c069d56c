import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** Whether the browser's session is still valid; the editor asks when its socket is refused. */
export const GET: RequestHandler = ({ locals }) =>
	locals.user ? json({ user: { id: locals.user.id, name: locals.user.name } }) : json({ user: null }, { status: 401 });
