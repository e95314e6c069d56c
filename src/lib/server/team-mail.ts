import { m } from '../paraglide/messages.js';
import { locales } from '../paraglide/runtime.js';
import type { OutgoingMail } from './mail.ts';

type Locale = (typeof locales)[number];
const asLocale = (locale: string): Locale => ((locales as readonly string[]).includes(locale) ? (locale as Locale) : 'en');

const formatDate = (date: Date, locale: Locale) =>
	new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC';

/** The invitation mail, in the inviter's language. */
export function invitationMail(input: { locale: string; inviter: string; workspace: string; link: string; expiresAt: Date }): Omit<OutgoingMail, 'to'> {
	const locale = asLocale(input.locale);
	const values = { inviter: input.inviter, workspace: input.workspace, link: input.link, expires: formatDate(input.expiresAt, locale) };
	return { subject: m.mail_invite_subject(values, { locale }), text: m.mail_invite_body(values, { locale }) };
}

/** The "forgot password" mail, in the language the request came in. */
export function passwordResetMail(input: { locale: string; link: string }): Omit<OutgoingMail, 'to'> {
	const locale = asLocale(input.locale);
	return { subject: m.mail_reset_subject({}, { locale }), text: m.mail_reset_body({ link: input.link }, { locale }) };
}

/** The link that finishes a sign-up, in the language of the sign-up page. */
export function signUpMail(input: { locale: string; link: string }): Omit<OutgoingMail, 'to'> {
	const locale = asLocale(input.locale);
	return { subject: m.mail_signup_subject({}, { locale }), text: m.mail_signup_body({ link: input.link }, { locale }) };
}

/** What a sign-up with an address that has an account gets instead: how to sign in. */
export function signUpExistingMail(input: { locale: string; signin: string; forgot: string }): Omit<OutgoingMail, 'to'> {
	const locale = asLocale(input.locale);
	return { subject: m.mail_signup_existing_subject({}, { locale }), text: m.mail_signup_existing_body({ signin: input.signin, forgot: input.forgot }, { locale }) };
}
