import { sveltekit } from '@sveltejs/kit/vite';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vitest/config';
import { syncDevServer } from './server/vite-plugin.ts';

export default defineConfig({
	plugins: [
		tailwindcss(),
		sveltekit(),
		syncDevServer()
	],
	test: {
		include: ['src/**/*.spec.ts', 'server/**/*.spec.ts', 'tests/server/**/*.test.ts'],
		globalSetup: ['tests/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		pool: 'forks'
	}
});
