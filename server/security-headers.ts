import type http from 'node:http';

/**
 * Headers every response carries, static files included (adapter-node serves those before
 * SvelteKit's hooks run). The Content-Security-Policy itself is SvelteKit's (`kit.csp` in
 * `svelte.config.js`), which puts a fresh nonce on each page's scripts.
 */
export function securityHeaders(origin: string | undefined): Record<string, string> {
	return {
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'same-origin',
		// Older browsers that ignore the policy's frame-ancestors.
		'X-Frame-Options': 'DENY',
		...(origin?.startsWith('https:') ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {})
	};
}

/** Wraps a request handler so that every response starts with the security headers. */
export function withSecurityHeaders(
	origin: string | undefined,
	handler: (req: http.IncomingMessage, res: http.ServerResponse, next?: () => void) => void
): (req: http.IncomingMessage, res: http.ServerResponse, next?: () => void) => void {
	const headers = Object.entries(securityHeaders(origin));
	return (req, res, next) => {
		for (const [name, value] of headers) res.setHeader(name, value);
		handler(req, res, next);
	};
}
