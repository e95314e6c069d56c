/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Delimiter_SemicolonInputs */

const en_import_delimiter_semicolon = /** @type {(inputs: Import_Delimiter_SemicolonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`semicolon`)
};

const zh_cn2_import_delimiter_semicolon = /** @type {(inputs: Import_Delimiter_SemicolonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`分号`)
};

/**
* | output |
* | --- |
* | "semicolon" |
*
* @param {Import_Delimiter_SemicolonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_delimiter_semicolon = /** @type {((inputs?: Import_Delimiter_SemicolonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Delimiter_SemicolonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_delimiter_semicolon(inputs)
	return en_import_delimiter_semicolon(inputs)
});