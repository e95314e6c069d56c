/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ row: NonNullable<unknown> }} Import_Error_Row_Too_LongInputs */

const en_import_error_row_too_long = /** @type {(inputs: Import_Error_Row_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Row ${i?.row} is longer than a million characters. Check the file: is it a CSV export? Nothing was imported.`)
};

const zh_cn2_import_error_row_too_long = /** @type {(inputs: Import_Error_Row_Too_LongInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`第 ${i?.row} 行超过一百万个字符。请检查文件是否为 CSV 导出。没有导入任何内容。`)
};

/**
* | output |
* | --- |
* | "Row {row} is longer than a million characters. Check the file: is it a CSV export? Nothing was imported." |
*
* @param {Import_Error_Row_Too_LongInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_row_too_long = /** @type {((inputs: Import_Error_Row_Too_LongInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Row_Too_LongInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_row_too_long(inputs)
	return en_import_error_row_too_long(inputs)
});