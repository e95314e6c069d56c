import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/**
 * A random, URL-safe id of 80 bits (16 characters of base32): for rows, blocks, table rows and
 * comments alike, on the server and on the device.
 */
export function newId(): string {
	const bytes = new Uint8Array(10);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** What `newId` produces, as a regular expression source (to embed in route patterns). */
export const ID_SOURCE = '[a-z2-7]{16}';

/** What `newId` produces; used to validate ids that arrive from outside. */
export const ID_PATTERN = new RegExp(`^${ID_SOURCE}$`);
