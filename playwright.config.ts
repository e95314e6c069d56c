import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 4173);
// A fresh embedded database per run, seeded with the demo workspace.
const DATA_DIR = path.join(os.tmpdir(), `deal-rooms-e2e-${process.pid}`);
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: existsSync(chromium) ? chromium : undefined,
			args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		}
	},
	webServer: {
		command: `npm run build && rm -rf ${DATA_DIR} && node build/runtime/main.js`,
		url: `http://localhost:${PORT}/login`,
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		env: { PORT: String(PORT), DATA_DIR, ORIGIN: `http://localhost:${PORT}`, SEED_DEMO: '1' }
	}
});
