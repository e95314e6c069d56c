import { m } from '$lib/paraglide/messages.js';
import type { BlockType } from '$lib/sync/blocks';

export type DealRoleName = 'editor' | 'commenter' | 'viewer';
export type DealStatusName = 'open' | 'won' | 'lost';

export function dealRoleLabel(role: DealRoleName): string {
	return { editor: m.role_editor, commenter: m.role_commenter, viewer: m.role_viewer }[role]();
}

export function dealStatusLabel(status: DealStatusName): string {
	return { open: m.status_open, won: m.status_won, lost: m.status_lost }[status]();
}

export function blockTypeLabel(type: BlockType): string {
	return {
		roleTable: m.block_role_table,
		heatmap: m.block_heatmap,
		stageChecklist: m.block_checklist,
		pullBack: m.block_pull_back,
		position: m.block_position,
		objective: m.block_objective,
		resources: m.block_resources,
		competition: m.block_competition
	}[type]();
}

export function workspaceRoleLabel(role: 'owner' | 'manager' | 'member'): string {
	return { owner: m.ws_role_owner, manager: m.ws_role_manager, member: m.ws_role_member }[role]();
}
