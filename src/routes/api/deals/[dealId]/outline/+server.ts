import { apiUser, commentCall, ok } from '$lib/server/comment-api';
import { accessFor } from '$lib/server/comments';
import { docFromUpdates, loadDoc } from '$lib/server/doc-store';
import { blockType, getBlocks, readRoleRows } from '$lib/sync/blocks';
import { blockPositions } from '$lib/sync/text-anchor';
import { nineQuestions } from '$lib/domain/nine-questions';
import { readNineQuestionsInput } from '$lib/sync/nine-questions-input';
import type { RequestHandler } from './$types';

/**
 * What one can comment on in a deal without opening it: its blocks in document order and
 * the people of its role tables; and its nine questions answered. Read from the stored document.
 */
export const GET: RequestHandler = async ({ locals, params }) => {
	const user = apiUser(locals);
	const db = locals.context.database.db;
	await commentCall(() => accessFor(db, user.id, params.dealId, 'read'));
	const stored = await loadDoc(db, params.dealId);
	const doc = docFromUpdates(stored.updates);
	try {
		const order = blockPositions(doc);
		const blocks = [...getBlocks(doc).keys()]
			.filter((id) => order.has(id))
			.sort((a, b) => order.get(a)! - order.get(b)!)
			.map((id) => ({ id, type: blockType(doc, id) }));
		const rows = blocks
			.filter((b) => b.type === 'roleTable')
			.flatMap((b) => readRoleRows(doc, b.id).map((r) => ({ blockId: b.id, rowId: r.id, name: r.name, role: r.role, support: r.support })));
		// The nine questions, answered from the stored room: the pipeline's drawer shows them.
		return ok({ blocks, rows, questions: nineQuestions(readNineQuestionsInput(doc)) });
	} finally {
		doc.destroy();
	}
};
