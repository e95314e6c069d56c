/** Text the domain carries in both UI languages (the domain imports no i18n library). */
export interface Localized {
	en: string;
	'zh-CN': string;
}

export type DomainLocale = keyof Localized;

/** A text in both languages. */
export const localized = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });
