/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ row: NonNullable<unknown> }} Import_Error_Unclosed_QuoteInputs */

const en_import_error_unclosed_quote = /** @type {(inputs: Import_Error_Unclosed_QuoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} opens a quote that is never closed, so everything after it would be read as one value. Close or remove the quote in the file and read it again. Nothing was imported.`)
};

const zh_cn2_import_error_unclosed_quote = /** @type {(inputs: Import_Error_Unclosed_QuoteInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.row} 行的引号没有闭合,之后的内容都会被读成一个值。请在文件中闭合或删除这个引号,再重新读取。没有导入任何内容。`)
};

/**
* | output |
* | --- |
* | "Row {row} opens a quote that is never closed, so everything after it would be read as one value. Close or remove the quote in the file and read it again. Not..." |
*
* @param {Import_Error_Unclosed_QuoteInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_unclosed_quote = /** @type {((inputs: Import_Error_Unclosed_QuoteInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Unclosed_QuoteInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_unclosed_quote(inputs)
	return en_import_error_unclosed_quote(inputs)
});