/** What a version is: the server made it (after a burst, on a stage change, around a restore) or a person named it. */
export const VERSION_KINDS = ['auto', 'stage', 'named', 'beforeRestore', 'restore'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * Which versions to drop: named versions and restores stay for ever; the server's own ones
 * are all kept for 24 hours, then one per hour (the newest of each hour) up to 7 days, one per
 * day up to 90 days, and none after.
 */
export function versionsToThin(versions: { id: string; kind: VersionKind; at: number }[], now: number): string[] {
	const drop: string[] = [];
	const kept = new Set<string>();
	for (const v of [...versions].sort((a, b) => b.at - a.at)) {
		if (v.kind === 'named' || v.kind === 'restore') continue;
		const age = now - v.at;
		if (age <= DAY) continue;
		if (age > 90 * DAY) {
			drop.push(v.id);
			continue;
		}
		const bucket = age <= 7 * DAY ? `h${Math.floor(v.at / HOUR)}` : `d${Math.floor(v.at / DAY)}`;
		if (kept.has(bucket)) drop.push(v.id);
		else kept.add(bucket);
	}
	return drop;
}
