/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Delimiter_AutoInputs */

const en_import_delimiter_auto = /** @type {(inputs: Import_Delimiter_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Find out from the file`)
};

const zh_cn2_import_delimiter_auto = /** @type {(inputs: Import_Delimiter_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`从文件中判断`)
};

/**
* | output |
* | --- |
* | "Find out from the file" |
*
* @param {Import_Delimiter_AutoInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_delimiter_auto = /** @type {((inputs?: Import_Delimiter_AutoInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Delimiter_AutoInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_delimiter_auto(inputs)
	return en_import_delimiter_auto(inputs)
});