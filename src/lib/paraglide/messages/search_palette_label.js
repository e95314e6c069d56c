/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Search_Palette_LabelInputs */

const en_search_palette_label = /** @type {(inputs: Search_Palette_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Search everything (Ctrl+K)`)
};

const zh_cn2_search_palette_label = /** @type {(inputs: Search_Palette_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`全局搜索(Ctrl+K)`)
};

/**
* | output |
* | --- |
* | "Search everything (Ctrl+K)" |
*
* @param {Search_Palette_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_palette_label = /** @type {((inputs?: Search_Palette_LabelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Palette_LabelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_search_palette_label(inputs)
	return en_search_palette_label(inputs)
});