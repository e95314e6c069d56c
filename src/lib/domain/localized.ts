/** Text the domain carries in both UI languages (the domain imports no i18n library). */
export interface Localized {
	en: string;
	'zh-CN': string;
}

export type DomainLocale = keyof Localized;
