/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Print_BackInputs */

const en_print_back = /** @type {(inputs: Print_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to the deal`)
};

const zh_cn2_print_back = /** @type {(inputs: Print_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`返回商机`)
};

/**
* | output |
* | --- |
* | "Back to the deal" |
*
* @param {Print_BackInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const print_back = /** @type {((inputs?: Print_BackInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Print_BackInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_print_back(inputs)
	return en_print_back(inputs)
});