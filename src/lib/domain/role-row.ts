import type { BuyingRole, Influence, ResponseMode } from './buying-roles.ts';

/** One person on the buying side, as the role analysis table holds them. */
export interface RoleRow {
	id: string;
	/** The account contact this row is about, if linked. */
	contactId: string | null;
	name: string;
	title: string;
	role: BuyingRole | null;
	influence: Influence | null;
	/** On the workspace's support scale; null while unknown. */
	support: number | null;
	responseMode: ResponseMode | null;
	pains: string;
	orgResult: string;
	personalWin: string;
	whyThere: string;
	nextAction: string;
	/** User id of the teammate who owns the next action. */
	actionOwner: string | null;
	/** YYYY-MM-DD */
	actionDue: string | null;
}

/** A row with nothing filled in but its id and name. */
export function blankRoleRow(id: string, name = ''): RoleRow {
	return {
		id,
		contactId: null,
		name,
		title: '',
		role: null,
		influence: null,
		support: null,
		responseMode: null,
		pains: '',
		orgResult: '',
		personalWin: '',
		whyThere: '',
		nextAction: '',
		actionOwner: null,
		actionDue: null
	};
}

/** A recorded change of one person's support: the heatmap's timeline and the account profile. */
export interface SupportEvent {
	personId: string;
	from: number | null;
	to: number | null;
	/** Milliseconds since the epoch. */
	at: number;
	/** User id of who changed it. */
	by: string;
	note: string;
}
