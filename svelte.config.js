import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// The sync socket is served by our own server; forms are protected by Kit's origin check.
		csrf: { trustedOrigins: [] }
	}
};

export default config;
