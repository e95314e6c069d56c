/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Search_Kind_DealInputs */

const en_search_kind_deal = /** @type {(inputs: Search_Kind_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deal`)
};

const zh_cn2_search_kind_deal = /** @type {(inputs: Search_Kind_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机`)
};

/**
* | output |
* | --- |
* | "Deal" |
*
* @param {Search_Kind_DealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_deal = /** @type {((inputs?: Search_Kind_DealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_DealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_search_kind_deal(inputs)
	return en_search_kind_deal(inputs)
});