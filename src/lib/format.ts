import { getLocale } from '$lib/paraglide/runtime.js';

/** An amount in its currency, in the reader's language ("¥480,000" / "CN¥480,000"). */
export function formatAmount(amount: string | number, currency: string): string {
	const value = typeof amount === 'string' ? Number(amount) : amount;
	try {
		return new Intl.NumberFormat(getLocale(), { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
	} catch {
		return `${value} ${currency}`;
	}
}

/** A calendar date stored as YYYY-MM-DD, shown in the reader's language; '—' when missing. */
export function formatDate(isoDate: string | null): string {
	if (!isoDate) return '—';
	const date = new Date(`${isoDate}T00:00:00Z`);
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A moment (ISO timestamp), short, in the reader's language and time zone. */
export function formatDateTime(iso: string): string {
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}
