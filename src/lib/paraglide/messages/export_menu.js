/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_MenuInputs */

const en_export_menu = /** @type {(inputs: Export_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export`)
};

const zh_cn2_export_menu = /** @type {(inputs: Export_MenuInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`导出`)
};

/**
* | output |
* | --- |
* | "Export" |
*
* @param {Export_MenuInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_menu = /** @type {((inputs?: Export_MenuInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_MenuInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_export_menu(inputs)
	return en_export_menu(inputs)
});