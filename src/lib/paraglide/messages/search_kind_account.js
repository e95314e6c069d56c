/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Search_Kind_AccountInputs */

const en_search_kind_account = /** @type {(inputs: Search_Kind_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Account`)
};

const zh_cn2_search_kind_account = /** @type {(inputs: Search_Kind_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户`)
};

/**
* | output |
* | --- |
* | "Account" |
*
* @param {Search_Kind_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_account = /** @type {((inputs?: Search_Kind_AccountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_AccountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_search_kind_account(inputs)
	return en_search_kind_account(inputs)
});