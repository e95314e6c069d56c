/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ q: NonNullable<unknown> }} Search_EmptyInputs */

const en_search_empty = /** @type {(inputs: Search_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Nothing found for “${i?.q}”.`)
};

const zh_cn2_search_empty = /** @type {(inputs: Search_EmptyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`没有找到“${i?.q}”。`)
};

/**
* | output |
* | --- |
* | "Nothing found for “{q}”." |
*
* @param {Search_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_empty = /** @type {((inputs: Search_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_search_empty(inputs)
	return en_search_empty(inputs)
});