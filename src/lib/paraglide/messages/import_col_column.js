/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Col_ColumnInputs */

const en_import_col_column = /** @type {(inputs: Import_Col_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Column in the file`)
};

const zh_cn2_import_col_column = /** @type {(inputs: Import_Col_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`文件中的列`)
};

/**
* | output |
* | --- |
* | "Column in the file" |
*
* @param {Import_Col_ColumnInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_col_column = /** @type {((inputs?: Import_Col_ColumnInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Col_ColumnInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_col_column(inputs)
	return en_import_col_column(inputs)
});