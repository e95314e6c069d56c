import { version } from '$app/environment';
import { isOfflineReadable, pagesCacheName } from './offline-routes';

/** Whether the browser believes it is online, kept current for the UI. */
class Connectivity {
	online = $state(true);

	start(): () => void {
		this.online = navigator.onLine;
		const update = () => (this.online = navigator.onLine);
		addEventListener('online', update);
		addEventListener('offline', update);
		return () => {
			removeEventListener('online', update);
			removeEventListener('offline', update);
		};
	}
}

export const connectivity = new Connectivity();

/**
 * A page reached by client-side navigation was never requested as a document, so the
 * service worker has not kept it: fetch it once (through the worker, which keeps it, or
 * stored here before a worker controls the page).
 */
export function keepForOffline(url: URL): void {
	if (!navigator.onLine || typeof caches === 'undefined' || !isOfflineReadable(url.pathname)) return;
	void caches
		.open(pagesCacheName(version))
		.then(async (cache) => {
			if (await cache.match(url.href, { ignoreVary: true })) return;
			const response = await fetch(url.href, { credentials: 'same-origin' });
			// A controlling worker has kept it already (network first, then cache).
			if (navigator.serviceWorker?.controller) return;
			if (response.ok && !response.redirected) await cache.put(url.href, response);
		})
		.catch(() => {});
}
