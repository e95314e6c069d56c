/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Search_Kind_ContactInputs */

const en_search_kind_contact = /** @type {(inputs: Search_Kind_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contact`)
};

const zh_cn2_search_kind_contact = /** @type {(inputs: Search_Kind_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`联系人`)
};

/**
* | output |
* | --- |
* | "Contact" |
*
* @param {Search_Kind_ContactInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_contact = /** @type {((inputs?: Search_Kind_ContactInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_ContactInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_search_kind_contact(inputs)
	return en_search_kind_contact(inputs)
});