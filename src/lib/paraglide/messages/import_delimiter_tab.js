/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Delimiter_TabInputs */

const en_import_delimiter_tab = /** @type {(inputs: Import_Delimiter_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tab`)
};

const zh_cn2_import_delimiter_tab = /** @type {(inputs: Import_Delimiter_TabInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`制表符`)
};

/**
* | output |
* | --- |
* | "Tab" |
*
* @param {Import_Delimiter_TabInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_delimiter_tab = /** @type {((inputs?: Import_Delimiter_TabInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Delimiter_TabInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_delimiter_tab(inputs)
	return en_import_delimiter_tab(inputs)
});