import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** A random, URL-safe id of 80 bits (16 characters of base32). */
export function newId(): string {
	const bytes = new Uint8Array(10);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** What `newId` produces; used to validate ids that arrive from outside. */
export const ID_PATTERN = /^[a-z2-7]{16}$/;
