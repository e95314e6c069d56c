/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Full_WidthInputs */

const en_full_width = /** @type {(inputs: Full_WidthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Full width`)
};

const zh_cn2_full_width = /** @type {(inputs: Full_WidthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`全宽`)
};

/**
* | output |
* | --- |
* | "Full width" |
*
* @param {Full_WidthInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const full_width = /** @type {((inputs?: Full_WidthInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Full_WidthInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_full_width(inputs)
	return en_full_width(inputs)
});