/**
 * What the app keeps on the device for offline use. Shared by the service worker and the
 * pages, so both agree on cache names and on which pages can be read offline.
 */

import { ID_SOURCE } from '../ids.ts';

/** Names of everything the app keeps on the device start with this. */
export const STORAGE_PREFIX = 'deal-rooms';
const PREFIX = STORAGE_PREFIX;

export const shellCacheName = (version: string) => `${PREFIX}-shell-${version}`;
export const pagesCacheName = (version: string) => `${PREFIX}-pages-${version}`;
export const isPagesCache = (name: string) => name.startsWith(`${PREFIX}-pages-`);
export const isOurCache = (name: string) => name.startsWith(`${PREFIX}-`);

const READABLE = [/^\/$/, /^\/deals\/?$/, new RegExp(`^/deals/${ID_SOURCE}/?$`), new RegExp(`^/accounts/${ID_SOURCE}/?$`)];

/** Pages worth keeping for offline reading: the deal list, deals, accounts. */
export function isOfflineReadable(pathname: string): boolean {
	const page = pathname.endsWith('/__data.json') ? pathname.slice(0, -'/__data.json'.length) || '/' : pathname;
	return READABLE.some((re) => re.test(page));
}

/** Body of the 503 a data request gets offline; the error page recognises it. */
export const OFFLINE_ERROR_MESSAGE = 'offline';
