/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deals_SortInputs */

const en_deals_sort = /** @type {(inputs: Deals_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sort by`)
};

const zh_cn2_deals_sort = /** @type {(inputs: Deals_SortInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`排序`)
};

/**
* | output |
* | --- |
* | "Sort by" |
*
* @param {Deals_SortInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_sort = /** @type {((inputs?: Deals_SortInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_SortInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deals_sort(inputs)
	return en_deals_sort(inputs)
});