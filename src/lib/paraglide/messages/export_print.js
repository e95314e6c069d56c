/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_PrintInputs */

const en_export_print = /** @type {(inputs: Export_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PDF (print)`)
};

const zh_cn2_export_print = /** @type {(inputs: Export_PrintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`PDF(打印)`)
};

/**
* | output |
* | --- |
* | "PDF (print)" |
*
* @param {Export_PrintInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_print = /** @type {((inputs?: Export_PrintInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_PrintInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_export_print(inputs)
	return en_export_print(inputs)
});