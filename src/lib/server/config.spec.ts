import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
	it('seeds the demo workspace by default only on the embedded database', () => {
		expect(readConfig({}).SEED_DEMO).toBe(true);
		expect(readConfig({ DATABASE_URL: 'postgres://db/app' }).SEED_DEMO).toBe(false);
		expect(readConfig({ DATABASE_URL: 'postgres://db/app', SEED_DEMO: '1' }).SEED_DEMO).toBe(true);
		expect(readConfig({ SEED_DEMO: '0' }).SEED_DEMO).toBe(false);
	});

	it('names the variable that is wrong', () => {
		expect(() => readConfig({ SYNC_MAX_SOCKETS_PER_USER: 'many' })).toThrow(/SYNC_MAX_SOCKETS_PER_USER/);
		expect(() => readConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
	});
});
