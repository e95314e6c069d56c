import { describe, expect, it } from 'vitest';
import { versionsToThin, type VersionKind } from './version-retention.ts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 11, 3, 12);

describe('version retention', () => {
	it('keeps everything from the last 24 hours', () => {
		const versions = Array.from({ length: 50 }, (_, i) => ({ id: `v${i}`, kind: 'auto' as VersionKind, at: NOW - i * 20 * 60_000 }));
		expect(versionsToThin(versions.filter((v) => NOW - v.at <= DAY), NOW)).toEqual([]);
	});

	it('keeps the newest per hour up to 7 days, per day up to 90, none after; named and restores for ever', () => {
		const at = (ms: number) => NOW - ms;
		const versions = [
			{ id: 'h1a', kind: 'auto' as const, at: at(2 * DAY + 10 * 60_000) },
			{ id: 'h1b', kind: 'auto' as const, at: at(2 * DAY + 20 * 60_000) },
			{ id: 'h1stage', kind: 'stage' as const, at: at(2 * DAY + 30 * 60_000) },
			{ id: 'd1a', kind: 'auto' as const, at: at(30 * DAY + 1 * HOUR) },
			{ id: 'd1b', kind: 'beforeRestore' as const, at: at(30 * DAY + 3 * HOUR) },
			{ id: 'old', kind: 'auto' as const, at: at(91 * DAY) },
			{ id: 'named', kind: 'named' as const, at: at(400 * DAY) },
			{ id: 'restore', kind: 'restore' as const, at: at(200 * DAY) }
		];
		// In each bucket the newest stays (the same hour, the same day).
		const sameHour = Math.floor(versions[0]!.at / HOUR) === Math.floor(versions[2]!.at / HOUR);
		const dropped = versionsToThin(versions, NOW).sort();
		expect(dropped).toContain('old');
		expect(dropped).not.toContain('named');
		expect(dropped).not.toContain('restore');
		expect(dropped).toContain('d1b');
		expect(dropped).not.toContain('d1a');
		if (sameHour) expect(dropped).toEqual(expect.arrayContaining(['h1b', 'h1stage']));
		expect(dropped).not.toContain('h1a');
	});
});
