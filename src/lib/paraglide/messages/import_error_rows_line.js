/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Import_Error_Rows_LineInputs */

const en_import_error_rows_line = /** @type {(inputs: Import_Error_Rows_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} rows with errors are left out`)
};

const zh_cn2_import_error_rows_line = /** @type {(inputs: Import_Error_Rows_LineInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 行有错误,不会导入`)
};

/**
* | output |
* | --- |
* | "{count} rows with errors are left out" |
*
* @param {Import_Error_Rows_LineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_rows_line = /** @type {((inputs: Import_Error_Rows_LineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Rows_LineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_rows_line(inputs)
	return en_import_error_rows_line(inputs)
});