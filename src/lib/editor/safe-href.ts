const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Whether a link target may be rendered as a live link: only absolute http:, https: and
 * mailto: addresses. Anything else (javascript:, data:, vbscript:, relative paths, tricks
 * with whitespace, control characters or mixed case) is refused.
 */
export function isSafeHref(href: unknown): href is string {
	if (typeof href !== 'string' || href.length === 0 || href.length > 4096) return false;
	// Browsers ignore leading/trailing spaces and drop tabs and newlines inside a URL.
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(href.trim())) return false;
	let url: URL;
	try {
		url = new URL(href.trim());
	} catch {
		return false;
	}
	return ALLOWED_PROTOCOLS.has(url.protocol);
}
