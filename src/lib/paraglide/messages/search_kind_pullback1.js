/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Search_Kind_Pullback1Inputs */

const en_search_kind_pullback1 = /** @type {(inputs: Search_Kind_Pullback1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pull-back plan`)
};

const zh_cn2_search_kind_pullback1 = /** @type {(inputs: Search_Kind_Pullback1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`拉回计划`)
};

/**
* | output |
* | --- |
* | "Pull-back plan" |
*
* @param {Search_Kind_Pullback1Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
const search_kind_pullback1 = /** @type {((inputs?: Search_Kind_Pullback1Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_Pullback1Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_search_kind_pullback1(inputs)
	return en_search_kind_pullback1(inputs)
});
export { search_kind_pullback1 as "search_kind_pullBack" }