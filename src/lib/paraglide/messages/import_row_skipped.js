/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Row_SkippedInputs */

const en_import_row_skipped = /** @type {(inputs: Import_Row_SkippedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Left out:`)
};

const zh_cn2_import_row_skipped = /** @type {(inputs: Import_Row_SkippedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`不导入:`)
};

/**
* | output |
* | --- |
* | "Left out:" |
*
* @param {Import_Row_SkippedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_row_skipped = /** @type {((inputs?: Import_Row_SkippedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Row_SkippedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_row_skipped(inputs)
	return en_import_row_skipped(inputs)
});