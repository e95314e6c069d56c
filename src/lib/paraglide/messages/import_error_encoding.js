/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Error_EncodingInputs */

const en_import_error_encoding = /** @type {(inputs: Import_Error_EncodingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Part of the file is not readable text. Save it again as CSV (UTF-8) and read it again.`)
};

const zh_cn2_import_error_encoding = /** @type {(inputs: Import_Error_EncodingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`文件中有无法读取的内容。请另存为 CSV(UTF-8)后重新读取。`)
};

/**
* | output |
* | --- |
* | "Part of the file is not readable text. Save it again as CSV (UTF-8) and read it again." |
*
* @param {Import_Error_EncodingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_encoding = /** @type {((inputs?: Import_Error_EncodingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_EncodingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_encoding(inputs)
	return en_import_error_encoding(inputs)
});