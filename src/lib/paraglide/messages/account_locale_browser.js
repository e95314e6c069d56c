/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Account_Locale_BrowserInputs */

const en_account_locale_browser = /** @type {(inputs: Account_Locale_BrowserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Follow the browser`)
};

const zh_cn2_account_locale_browser = /** @type {(inputs: Account_Locale_BrowserInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`跟随浏览器`)
};

/**
* | output |
* | --- |
* | "Follow the browser" |
*
* @param {Account_Locale_BrowserInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_locale_browser = /** @type {((inputs?: Account_Locale_BrowserInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_Locale_BrowserInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_account_locale_browser(inputs)
	return en_account_locale_browser(inputs)
});