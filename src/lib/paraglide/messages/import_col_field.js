/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Col_FieldInputs */

const en_import_col_field = /** @type {(inputs: Import_Col_FieldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Imported as`)
};

const zh_cn2_import_col_field = /** @type {(inputs: Import_Col_FieldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`导入为`)
};

/**
* | output |
* | --- |
* | "Imported as" |
*
* @param {Import_Col_FieldInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_col_field = /** @type {((inputs?: Import_Col_FieldInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Col_FieldInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_col_field(inputs)
	return en_import_col_field(inputs)
});