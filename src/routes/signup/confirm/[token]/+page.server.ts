import { redirect } from '@sveltejs/kit';
import { startSession } from '$lib/server/auth/sign-in';
import { confirmSignUp, pendingSignUp } from '$lib/server/sign-up';
import { teamAction } from '$lib/server/team-action';
import type { Actions, PageServerLoad } from './$types';

/** Opening the link shows what it will create; only the button creates it (mail scanners open links). */
export const load: PageServerLoad = async ({ locals, params }) => {
	const pending = await pendingSignUp(locals.context.database.db, params.token);
	return { pending };
};

export const actions: Actions = {
	default: async (event) =>
		teamAction(async () => {
			const userId = await confirmSignUp(event.locals.context.database.db, event.params.token);
			await startSession(event, { id: userId, locale: null });
			redirect(303, '/deals');
		})
};
