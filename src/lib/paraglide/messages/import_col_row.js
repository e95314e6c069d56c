/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Col_RowInputs */

const en_import_col_row = /** @type {(inputs: Import_Col_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Row`)
};

const zh_cn2_import_col_row = /** @type {(inputs: Import_Col_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`行`)
};

/**
* | output |
* | --- |
* | "Row" |
*
* @param {Import_Col_RowInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_col_row = /** @type {((inputs?: Import_Col_RowInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Col_RowInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_col_row(inputs)
	return en_import_col_row(inputs)
});