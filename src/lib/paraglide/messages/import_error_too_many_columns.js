/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ limit: NonNullable<unknown> }} Import_Error_Too_Many_ColumnsInputs */

const en_import_error_too_many_columns = /** @type {(inputs: Import_Error_Too_Many_ColumnsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The file has more than ${i?.limit} columns. Export only the columns you need.`)
};

const zh_cn2_import_error_too_many_columns = /** @type {(inputs: Import_Error_Too_Many_ColumnsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`文件超过 ${i?.limit} 列。请只导出需要的列。`)
};

/**
* | output |
* | --- |
* | "The file has more than {limit} columns. Export only the columns you need." |
*
* @param {Import_Error_Too_Many_ColumnsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_too_many_columns = /** @type {((inputs: Import_Error_Too_Many_ColumnsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Too_Many_ColumnsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_too_many_columns(inputs)
	return en_import_error_too_many_columns(inputs)
});