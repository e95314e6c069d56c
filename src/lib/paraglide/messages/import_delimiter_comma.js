/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Delimiter_CommaInputs */

const en_import_delimiter_comma = /** @type {(inputs: Import_Delimiter_CommaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`comma`)
};

const zh_cn2_import_delimiter_comma = /** @type {(inputs: Import_Delimiter_CommaInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`逗号`)
};

/**
* | output |
* | --- |
* | "comma" |
*
* @param {Import_Delimiter_CommaInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_delimiter_comma = /** @type {((inputs?: Import_Delimiter_CommaInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Delimiter_CommaInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_delimiter_comma(inputs)
	return en_import_delimiter_comma(inputs)
});