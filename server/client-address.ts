import type { IncomingMessage } from 'node:http';

/**
 * The client's address as adapter-node works it out for pages: the socket's peer, or behind a
 * proxy the configured header (for `x-forwarded-for`, the entry `XFF_DEPTH` from the right).
 */
export function clientAddress(req: IncomingMessage, config: { ADDRESS_HEADER?: string; XFF_DEPTH: number }): string {
	const header = config.ADDRESS_HEADER;
	const raw = header ? req.headers[header] : undefined;
	const value = Array.isArray(raw) ? raw.join(',') : raw;
	if (value) {
		if (header !== 'x-forwarded-for') return value.trim();
		const hops = value.split(',').map((s) => s.trim()).filter(Boolean);
		const hop = hops[hops.length - config.XFF_DEPTH];
		if (hop) return hop;
	}
	return req.socket.remoteAddress ?? 'unknown';
}
