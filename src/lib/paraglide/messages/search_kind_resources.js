/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Search_Kind_ResourcesInputs */

const en_search_kind_resources = /** @type {(inputs: Search_Kind_ResourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resources plan`)
};

const zh_cn2_search_kind_resources = /** @type {(inputs: Search_Kind_ResourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`资源计划`)
};

/**
* | output |
* | --- |
* | "Resources plan" |
*
* @param {Search_Kind_ResourcesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_resources = /** @type {((inputs?: Search_Kind_ResourcesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_ResourcesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_search_kind_resources(inputs)
	return en_search_kind_resources(inputs)
});