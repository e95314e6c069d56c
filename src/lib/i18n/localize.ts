import type { Localized } from '$lib/domain/localized';
import { getLocale } from '$lib/paraglide/runtime.js';

/** Domain text (carried in both languages) in the reader's language. */
export function localize(text: Localized): string {
	return text[getLocale()] ?? text.en;
}
