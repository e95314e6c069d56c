import type { VersionKind } from '$lib/domain/version-retention';

export interface VersionSummary {
	added: number;
	removed: number;
	/** Ids of the live blocks whose data changed. */
	blocks: string[];
}

/** A version as the history list shows it (its state is fetched apart). */
export interface VersionListItem {
	id: string;
	kind: VersionKind;
	name: string | null;
	createdAt: string;
	createdBy: { id: string; name: string } | null;
	/** The people whose edits went in since the version before, from the witness. */
	authors: { id: string; name: string }[];
	summary: VersionSummary;
}
