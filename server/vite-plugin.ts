import type { Plugin } from 'vite';
import { withSecurityHeaders } from './security-headers.ts';
import type { SyncServer } from './sync-server.ts';

/**
 * Attaches the sync server to Vite's HTTP server in `npm run dev`, so pages and `/sync/<id>`
 * share one port as in production. Loaded through Vite's SSR graph to share the app's modules.
 */
export function syncDevServer(): Plugin {
	return {
		name: 'deal-rooms-sync',
		apply: 'serve',
		configureServer(server) {
			server.middlewares.use(withSecurityHeaders(undefined, (_req, _res, next) => next?.()));
			// CSV uploads stream past SvelteKit's body limit, as in production (import-upload.ts).
			server.middlewares.use((req, res, next) => {
				if (req.method !== 'POST' || req.url?.split('?')[0] !== '/api/imports') return next();
				server
					.ssrLoadModule('/server/dev-sync.ts')
					.then((mod) => (mod as { handleDevImportUpload: (req: unknown, res: unknown) => Promise<void> }).handleDevImportUpload(req, res))
					.catch(next);
			});
			server.httpServer?.on('upgrade', (req, socket, head) => {
				if (!req.url?.startsWith('/sync/')) return; // Vite's own HMR socket
				server
					.ssrLoadModule('/server/dev-sync.ts')
					.then((mod) => (mod as { getDevSyncServer: () => Promise<SyncServer> }).getDevSyncServer())
					.then((sync) => sync.handleUpgrade(req, socket, head))
					.catch((error) => {
						console.error('[sync] dev server failed', error);
						socket.destroy();
					});
			});
		}
	};
}
