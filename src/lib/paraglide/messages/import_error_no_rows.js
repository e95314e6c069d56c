/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Error_No_RowsInputs */

const en_import_error_no_rows = /** @type {(inputs: Import_Error_No_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The file has a header but no rows.`)
};

const zh_cn2_import_error_no_rows = /** @type {(inputs: Import_Error_No_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`文件只有表头,没有数据行。`)
};

/**
* | output |
* | --- |
* | "The file has a header but no rows." |
*
* @param {Import_Error_No_RowsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_no_rows = /** @type {((inputs?: Import_Error_No_RowsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_No_RowsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_no_rows(inputs)
	return en_import_error_no_rows(inputs)
});