/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Print_ButtonInputs */

const en_print_button = /** @type {(inputs: Print_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Print or save as PDF`)
};

const zh_cn2_print_button = /** @type {(inputs: Print_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打印或另存为 PDF`)
};

/**
* | output |
* | --- |
* | "Print or save as PDF" |
*
* @param {Print_ButtonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const print_button = /** @type {((inputs?: Print_ButtonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Print_ButtonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_print_button(inputs)
	return en_print_button(inputs)
});