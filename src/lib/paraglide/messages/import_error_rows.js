/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Error_RowsInputs */

const en_import_error_rows = /** @type {(inputs: Import_Error_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rows with errors`)
};

const zh_cn2_import_error_rows = /** @type {(inputs: Import_Error_RowsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`有错误的行`)
};

/**
* | output |
* | --- |
* | "Rows with errors" |
*
* @param {Import_Error_RowsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_rows = /** @type {((inputs?: Import_Error_RowsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_RowsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_rows(inputs)
	return en_import_error_rows(inputs)
});