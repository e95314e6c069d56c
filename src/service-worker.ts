/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, version } from '$service-worker';
import {
	OFFLINE_ERROR_MESSAGE,
	isOfflineReadable,
	isOurCache,
	pagesCacheName,
	shellCacheName
} from '$lib/offline/offline-routes';

/**
 * Keeps the app usable offline: the versioned app shell (built JS/CSS and static files) is
 * cached on install; the pages a user reads offline (deal list, deals, accounts) are fetched
 * from the network first and kept, and served from the cache when the network is gone. Any
 * other page says it needs a connection. Deal documents themselves live in IndexedDB.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = shellCacheName(version);
const PAGES = pagesCacheName(version);
const ASSETS = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(SHELL)
			.then((cache) => cache.addAll([...ASSETS]))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) {
				if (!isOurCache(name) || name === SHELL || name === PAGES) continue;
				// Pages of an older version point at its assets: fetch them again for this one.
				if (name.includes('-pages-')) await refetchInto(name, PAGES);
				await caches.delete(name);
			}
			await sw.clients.claim();
		})()
	);
});

async function refetchInto(oldName: string, newName: string): Promise<void> {
	const old = await caches.open(oldName);
	const fresh = await caches.open(newName);
	for (const request of await old.keys()) {
		try {
			const response = await fetch(request.url, { credentials: 'same-origin' });
			if (response.ok && !response.redirected) await fresh.put(request.url, response);
		} catch {
			// Offline while updating: that page is fetched again on the next visit.
		}
	}
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (ASSETS.has(url.pathname)) {
		event.respondWith(fromShell(request));
		return;
	}
	if (isOfflineReadable(url.pathname)) {
		event.respondWith(networkThenCache(request, url));
		return;
	}
	if (request.mode === 'navigate') event.respondWith(networkOr(request, offlinePage));
	else if (url.pathname.endsWith('/__data.json')) event.respondWith(networkOr(request, offlineData));
});

async function fromShell(request: Request): Promise<Response> {
	const cached = await caches.match(request, { cacheName: SHELL });
	return cached ?? fetch(request);
}

async function networkThenCache(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(PAGES);
	try {
		const response = await fetch(request);
		// Only a page the user could read: a redirect (signed out) or an error is not kept.
		if (response.ok && !response.redirected) await cache.put(request, response.clone());
		return response;
	} catch {
		const cached = (await cache.match(request, { ignoreVary: true })) ?? (url.pathname === '/' ? await cache.match('/deals', { ignoreVary: true }) : undefined);
		if (cached) return cached;
		return request.mode === 'navigate' || !url.pathname.endsWith('/__data.json') ? offlinePage() : offlineData();
	}
}

async function networkOr(request: Request, offline: () => Response): Promise<Response> {
	try {
		return await fetch(request);
	} catch {
		return offline();
	}
}

/** For client-side navigation: Kit shows its error page with this status and message. */
function offlineData(): Response {
	return new Response(JSON.stringify({ message: OFFLINE_ERROR_MESSAGE }), {
		status: 503,
		headers: { 'content-type': 'application/json' }
	});
}

/** The worker does not know the user's language: both are shown. */
function offlinePage(): Response {
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Offline · 离线</title><style>body{font-family:system-ui,sans-serif;color:#334155;background:#f8fafc;display:grid;place-items:center;min-height:100vh;margin:0}
main{max-width:28rem;background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;padding:1.5rem;text-align:center}a{color:#4338ca}</style></head>
<body><main data-testid="offline-page"><h1>Offline · 离线</h1>
<p>This page needs a connection to the server and is not available offline. Deals you opened on this device are.</p>
<p lang="zh-CN">此页面需要连接服务器,离线时不可用。在本设备上打开过的作战室仍可查看和编辑。</p>
<p><a href="/deals">Deals · 作战室列表</a></p></main></body></html>`;
	return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}
