import { describe, expect, it } from 'vitest';
import { isOfflineReadable, isPagesCache, pagesCacheName, shellCacheName } from './offline-routes.ts';

describe('offline routes', () => {
	it('keeps the deal list, deals and accounts, pages and data alike', () => {
		for (const path of ['/', '/deals', '/deals/', '/deals/abcdefghijklmnop', '/deals/abcdefghijklmnop/__data.json', '/accounts/abcdefghijklmnop', '/__data.json', '/deals/__data.json']) {
			expect(isOfflineReadable(path), path).toBe(true);
		}
	});

	it('does not keep pages that need the server or change things', () => {
		for (const path of ['/deals/new', '/accounts/new', '/login', '/logout', '/settings', '/settings/template', '/api/session', '/deals/abcdefghijklmnop/extra', '/deals/ABCDEFGHIJKLMNOP']) {
			expect(isOfflineReadable(path), path).toBe(false);
		}
	});

	it('names caches per app version and tells page caches apart', () => {
		expect(isPagesCache(pagesCacheName('v1'))).toBe(true);
		expect(isPagesCache(shellCacheName('v1'))).toBe(false);
		expect(pagesCacheName('v1')).not.toBe(pagesCacheName('v2'));
	});
});
