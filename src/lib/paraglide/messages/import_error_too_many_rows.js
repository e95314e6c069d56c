/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ limit: NonNullable<unknown> }} Import_Error_Too_Many_RowsInputs */

const en_import_error_too_many_rows = /** @type {(inputs: Import_Error_Too_Many_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The file has more than ${i?.limit} rows. Split it into smaller files and import them one after another.`)
};

const zh_cn2_import_error_too_many_rows = /** @type {(inputs: Import_Error_Too_Many_RowsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`文件超过 ${i?.limit} 行。请拆分成较小的文件,依次导入。`)
};

/**
* | output |
* | --- |
* | "The file has more than {limit} rows. Split it into smaller files and import them one after another." |
*
* @param {Import_Error_Too_Many_RowsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_too_many_rows = /** @type {((inputs: Import_Error_Too_Many_RowsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Too_Many_RowsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_too_many_rows(inputs)
	return en_import_error_too_many_rows(inputs)
});