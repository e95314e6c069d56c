/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Number_FormatInputs */

const en_import_number_format = /** @type {(inputs: Import_Number_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Amounts written as`)
};

const zh_cn2_import_number_format = /** @type {(inputs: Import_Number_FormatInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`金额写法`)
};

/**
* | output |
* | --- |
* | "Amounts written as" |
*
* @param {Import_Number_FormatInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_number_format = /** @type {((inputs?: Import_Number_FormatInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Number_FormatInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_number_format(inputs)
	return en_import_number_format(inputs)
});