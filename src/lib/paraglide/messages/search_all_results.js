/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Search_All_ResultsInputs */

const en_search_all_results = /** @type {(inputs: Search_All_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All results`)
};

const zh_cn2_search_all_results = /** @type {(inputs: Search_All_ResultsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`全部结果`)
};

/**
* | output |
* | --- |
* | "All results" |
*
* @param {Search_All_ResultsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_all_results = /** @type {((inputs?: Search_All_ResultsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_All_ResultsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_search_all_results(inputs)
	return en_search_all_results(inputs)
});