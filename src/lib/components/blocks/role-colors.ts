import type { BuyingRole } from '$lib/domain/buying-roles';

/** One colour per buying role, shared by the role table and the heatmap's chips. */
export const ROLE_COLORS: Record<BuyingRole, string> = {
	EB: '#7c3aed',
	UB: '#2563eb',
	TB: '#c2410c',
	Coach: '#047857'
};

export const roleColor = (role: BuyingRole | null) => (role ? ROLE_COLORS[role] : '#64748b');

/** A support value as a fill: red when opposed, green when supportive, stronger further out. */
export function supportFill(normalized: number | null): string {
	if (normalized === null) return 'transparent';
	if (normalized === 0) return 'rgba(148, 163, 184, 0.35)';
	return normalized < 0 ? `rgba(225, 29, 72, ${0.2 + 0.6 * -normalized})` : `rgba(16, 185, 129, ${0.2 + 0.6 * normalized})`;
}
