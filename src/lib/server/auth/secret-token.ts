import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** A random token of 160 bits (32 base32 characters); only its holder ever sees it. */
export function generateSecretToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** What `generateSecretToken` produces; anything else is refused before a lookup. */
export const SECRET_TOKEN_PATTERN = /^[a-z2-7]{32}$/;

/** What is stored instead of a token (sessions, invitations, resets): a leaked table leaks no live token. */
export function hashSecretToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}
