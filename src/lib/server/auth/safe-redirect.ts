const BASE = 'http://deal-rooms.invalid';

/**
 * Where to go after signing in: only a path of this app. Browsers read `/\host` and `/<TAB>/host`
 * as `//host` (another site), so backslashes, whitespace and control characters are refused, and
 * the path must resolve to this origin.
 */
export function safeRedirect(target: string | null, fallback = '/deals'): string {
	if (!target || !target.startsWith('/') || target.startsWith('//')) return fallback;
	// eslint-disable-next-line no-control-regex
	if (/[\\\s\u0000-\u001f\u007f]/.test(target)) return fallback;
	let url: URL;
	try {
		url = new URL(target, BASE);
	} catch {
		return fallback;
	}
	return url.origin === BASE ? url.pathname + url.search + url.hash : fallback;
}
