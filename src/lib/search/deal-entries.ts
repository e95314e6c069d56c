import type * as Y from 'yjs';
import { blockType, getBlocks, readRoleRows } from '$lib/sync/blocks';
import { bodyText } from '$lib/sync/deal-doc';
import { readCompetitors, readResources } from '$lib/sync/review-blocks';
import { readChecklist, readPullBack } from '$lib/sync/sales-blocks';

export interface SearchEntryInput {
	kind: 'deal' | 'account' | 'contact' | 'comment' | 'notes' | 'person' | 'checklist' | 'pullBack' | 'resources' | 'competition';
	title: string;
	place: string;
	body: string;
}

/** What a deal room holds that a search should find, one entry per person, block or text. */
export function dealDocEntries(doc: Y.Doc): SearchEntryInput[] {
	const out: SearchEntryInput[] = [];
	const notes = bodyText(doc).trim();
	if (notes) out.push({ kind: 'notes', title: '', place: '', body: notes });
	for (const id of getBlocks(doc).keys()) {
		try {
			switch (blockType(doc, id)) {
				case 'roleTable':
					for (const r of readRoleRows(doc, id)) {
						const body = [r.name, r.title, r.pains, r.orgResult, r.personalWin, r.whyThere, r.nextAction].filter((s) => s.trim()).join(' · ');
						if (body) out.push({ kind: 'person', title: '', place: r.name, body });
					}
					break;
				case 'stageChecklist': {
					const c = readChecklist(doc, id);
					const body = c.criteria.map((x) => `${x.text.en} ${x.text['zh-CN']}`).join(' · ');
					if (body) out.push({ kind: 'checklist', title: '', place: '', body });
					break;
				}
				case 'pullBack': {
					const p = readPullBack(doc, id);
					const body = [...p.keyPeople.flatMap((k) => k.answers), ...p.actions.map((a) => a.text)].filter((s) => s.trim()).join(' · ');
					if (body) out.push({ kind: 'pullBack', title: '', place: '', body });
					break;
				}
				case 'resources': {
					const body = readResources(doc, id).flatMap((r) => [r.who, r.theirWin]).filter((s) => s.trim()).join(' · ');
					if (body) out.push({ kind: 'resources', title: '', place: '', body });
					break;
				}
				case 'competition': {
					const body = readCompetitors(doc, id).flatMap((c) => [c.name, c.notes]).filter((s) => s.trim()).join(' · ');
					if (body) out.push({ kind: 'competition', title: '', place: '', body });
					break;
				}
			}
		} catch {
			// A block a client damaged: the rest of the deal is still found.
		}
	}
	return out;
}
