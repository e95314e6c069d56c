/** Dark enough that white initials on them read at small size (contrast ≥ 4.5 : 1). */
const PALETTE = ['#be123c', '#1d4ed8', '#047857', '#b45309', '#6d28d9', '#0e7490', '#be185d', '#4d7c0f'];

/** A stable caret colour per user, the same in the browser and on the server. */
export function colorFor(userId: string): string {
	let h = 0;
	for (let i = 0; i < userId.length; i++) h = (h * 31 + userId.charCodeAt(i)) >>> 0;
	return PALETTE[h % PALETTE.length]!;
}
