import type * as Y from 'yjs';
import type { CommentAnchor } from '$lib/comments/types';
import type { ExitCriterion } from '$lib/domain/sales-stages';
import { EMPTY_CATALOG, type WorkspaceCatalog } from '$lib/domain/resources-competition';
import type { SupportScale } from '$lib/domain/support-scale';
import { getBlocks } from '$lib/sync/blocks';
import { WitnessIndex } from '$lib/sync/witness';

export interface ContactOption {
	id: string;
	name: string;
	title: string;
}

export interface MemberOption {
	id: string;
	name: string;
}

/**
 * What live blocks need from the page they sit in: the document, who is editing, whether they
 * may, the account's contacts and the workspace's members. `version` moves on every change to
 * any block, so components re-read their data with `$derived`.
 */
export class BlockHost {
	version = $state(0);
	editable = $state(false);
	contacts = $state<ContactOption[]>([]);
	/** The role-table row a heatmap chip asked to focus. */
	focusRequest = $state<{ rowId: string; seq: number } | null>(null);
	/** Whether this user may comment (editors and commenters): shows the comment buttons. */
	canComment = $state(false);
	/** Open threads per block id and per `blockId:rowId`, for the badges on blocks and rows. */
	commentCounts = $state<Record<string, number>>({});
	/** What the user asked to comment on, for the comments panel to open a draft. */
	commentRequest = $state<{ anchor: CommentAnchor; seq: number } | null>(null);
	private readonly bump = () => (this.version += 1);
	/** Who wrote what, as the server witnessed it (authors and times shown come from here). */
	witness = new WitnessIndex();

	constructor(
		readonly doc: Y.Doc,
		readonly userId: string,
		readonly accountId: string,
		readonly members: MemberOption[],
		readonly defaultScale: SupportScale,
		contacts: ContactOption[],
		/** The workspace's exit criteria, copied into new stage checklists. */
		readonly exitCriteria: ExitCriterion[],
		/** The workspace's usual resources and competitors, offered by the resources plan and competition. */
		readonly catalog: WorkspaceCatalog = EMPTY_CATALOG
	) {
		this.contacts = contacts;
		getBlocks(doc).observeDeep(this.bump);
	}

	/** The server told us more of who wrote what: blocks read their authors again. */
	witnessChanged(): void {
		this.bump();
	}

	focusRow(rowId: string): void {
		this.focusRequest = { rowId, seq: (this.focusRequest?.seq ?? 0) + 1 };
	}

	requestComment(anchor: CommentAnchor): void {
		this.commentRequest = { anchor, seq: (this.commentRequest?.seq ?? 0) + 1 };
	}

	memberName(id: string | null): string {
		return this.members.find((m) => m.id === id)?.name ?? '';
	}

	/** Creates an account contact on the server; returns it, or null when that failed. */
	async createContact(name: string, title: string): Promise<ContactOption | null> {
		const res = await fetch(`/api/accounts/${this.accountId}/contacts`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name, title })
		});
		if (!res.ok) return null;
		const contact = (await res.json()) as ContactOption;
		this.contacts = [...this.contacts, contact];
		return contact;
	}

	destroy(): void {
		getBlocks(this.doc).unobserveDeep(this.bump);
	}
}

