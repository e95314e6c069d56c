/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Error_One_ColumnInputs */

const en_import_error_one_column = /** @type {(inputs: Import_Error_One_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only one column was found. The values are probably separated by something else: choose the separator under “Values separated by” and read the file again.`)
};

const zh_cn2_import_error_one_column = /** @type {(inputs: Import_Error_One_ColumnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只找到一列。值可能用其他符号分隔:请在“值的分隔符”中选择,然后重新读取文件。`)
};

/**
* | output |
* | --- |
* | "Only one column was found. The values are probably separated by something else: choose the separator under “Values separated by” and read the file again." |
*
* @param {Import_Error_One_ColumnInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_one_column = /** @type {((inputs?: Import_Error_One_ColumnInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_One_ColumnInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_one_column(inputs)
	return en_import_error_one_column(inputs)
});