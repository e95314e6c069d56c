import { render } from 'svelte/server';
import * as Y from 'yjs';
import DealPaint from '../components/DealPaint.svelte';
import type { WorkspaceCatalog } from '../domain/nine-questions.ts';
import type { DomainLocale } from '../domain/localized.ts';
import type { ExitCriterion } from '../domain/sales-stages.ts';
import type { SupportScale } from '../domain/support-scale.ts';
import { dealSections } from '../export/deal-document.ts';
import { sectionToHtml } from '../export/render.ts';
import type { DealPaintData, PaintPart } from '../sync/paint.ts';
import { witnessBody, WitnessIndex } from '../sync/witness.ts';
import type { Database } from './db/client.ts';
import { witnessEntriesFor } from './deal-export.ts';
import { docFromUpdates, loadDoc } from './doc-store.ts';

export interface PaintContext {
	locale: DomainLocale;
	userId: string;
	accountId: string;
	members: { id: string; name: string }[];
	contacts: { id: string; name: string; title: string }[];
	scale: SupportScale;
	exitCriteria: ExitCriterion[];
	catalog: WorkspaceCatalog;
}

/**
 * The deal room as stored, for the deal page's first paint: its state (so the page's Y.Doc has
 * the document before any socket), the body drawn read-only as HTML (text runs through the
 * export's sanitised renderer, live blocks with the editor's own components), and the server's
 * record of who ticked what. The page shows the HTML until the editor is up: the browser builds
 * no component for it. Null when the stored room cannot be read: the page waits for the socket.
 */
export async function dealPaint(db: Database, dealId: string, context: PaintContext): Promise<DealPaintData | null> {
	let doc: Y.Doc | null = null;
	try {
		doc = docFromUpdates((await loadDoc(db, dealId)).updates);
		const facts = { title: '', accountName: '', amount: null, currency: 'CNY', expectedCloseDate: null, status: 'open' as const, ownerName: '' };
		const people = new Map(context.members.map((u) => [u.id, u.name]));
		const parts = dealSections(doc, facts, { locale: context.locale, people, target: 'html' })
			.filter((s) => s.kind !== 'facts')
			.map((s): PaintPart => (s.kind !== 'text' && s.blockId ? { blockId: s.blockId } : { html: sectionToHtml(s) }));
		// Who ticked what, from the server's record: the paint shows no client's claim either.
		const entries = await witnessEntriesFor(db, dealId, doc);
		const index = new WitnessIndex();
		index.recordAll(entries);
		const { body } = render(DealPaint, { props: { doc, parts, witness: index, ...context } });
		return { state: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'), html: body, witness: witnessBody(entries) };
	} catch (error) {
		console.warn(`[deal-paint] ${dealId} could not be painted from storage`, error);
		return null;
	} finally {
		doc?.destroy();
	}
}
