/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Error_Too_LargeInputs */

const en_import_error_too_large = /** @type {(inputs: Import_Error_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The file is larger than 50 MB. Split it into smaller files (for example by year or owner) and import them one after another.`)
};

const zh_cn2_import_error_too_large = /** @type {(inputs: Import_Error_Too_LargeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`文件超过 50 MB。请拆分成较小的文件(例如按年份或负责人),依次导入。`)
};

/**
* | output |
* | --- |
* | "The file is larger than 50 MB. Split it into smaller files (for example by year or owner) and import them one after another." |
*
* @param {Import_Error_Too_LargeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_too_large = /** @type {((inputs?: Import_Error_Too_LargeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Too_LargeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_too_large(inputs)
	return en_import_error_too_large(inputs)
});