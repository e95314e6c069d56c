/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Search_FailedInputs */

const en_search_failed = /** @type {(inputs: Search_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search is not available right now. Check the connection and try again.`)
};

const zh_cn2_search_failed = /** @type {(inputs: Search_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`暂时无法搜索。请检查网络后重试。`)
};

/**
* | output |
* | --- |
* | "Search is not available right now. Check the connection and try again." |
*
* @param {Search_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_failed = /** @type {((inputs?: Search_FailedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_FailedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_search_failed(inputs)
	return en_search_failed(inputs)
});