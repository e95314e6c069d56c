import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type AppProcess } from '../support/app-process.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';
import { createTestDatabase, TEST_DRIVERS, type TestDatabase } from '../support/test-database.ts';

const health = async (app: AppProcess) => {
	const res = await fetch(`${app.baseUrl}/healthz`);
	return { status: res.status, body: (await res.json()) as { status: string; database: string } };
};

/** `/healthz` for load balancers: the built app, on a real database it can lose. */
describe('health check', () => {
	let app: AppProcess | undefined;
	let proxy: TcpProxy | undefined;
	let database: TestDatabase | undefined;
	afterEach(async () => {
		await app?.stop();
		await proxy?.close();
		await database?.drop();
		app = proxy = database = undefined;
	});

	it('answers 200 when the embedded database answers', async () => {
		app = await startApp(24361);
		expect(await health(app)).toEqual({ status: 200, body: { status: 'ok', database: 'ok', draining: false } });
	});

	it.runIf(TEST_DRIVERS.includes('postgres'))('answers 503 while Postgres is unreachable, and 200 again once it is back', async () => {
		database = await createTestDatabase('postgres');
		const real = new URL(database.url!);
		proxy = await startTcpProxy({ host: real.hostname, port: Number(real.port || 5432) });
		const viaProxy = new URL(database.url!);
		viaProxy.port = String(proxy.port);
		app = await startApp(24362, { databaseUrl: viaProxy.toString() });
		expect((await health(app)).status).toBe(200);
		await proxy.cut();
		const down = await health(app);
		expect(down.status).toBe(503);
		expect(down.body.status).toBe('unavailable');
		expect(down.body.database).not.toBe('ok');
		// The rest of the app still answers (the page says what is wrong; nothing crashed).
		expect((await fetch(`${app.baseUrl}/login`)).status).toBeLessThan(600);
		await proxy.restore();
		let back = await health(app);
		for (let i = 0; i < 50 && back.status !== 200; i++) {
			await new Promise((r) => setTimeout(r, 200));
			back = await health(app);
		}
		expect(back.status).toBe(200);
	});
});
