/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Col_SampleInputs */

const en_import_col_sample = /** @type {(inputs: Import_Col_SampleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Values in it`)
};

const zh_cn2_import_col_sample = /** @type {(inputs: Import_Col_SampleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`其中的值`)
};

/**
* | output |
* | --- |
* | "Values in it" |
*
* @param {Import_Col_SampleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_col_sample = /** @type {((inputs?: Import_Col_SampleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Col_SampleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_col_sample(inputs)
	return en_import_col_sample(inputs)
});