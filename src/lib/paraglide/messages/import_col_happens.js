/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Col_HappensInputs */

const en_import_col_happens = /** @type {(inputs: Import_Col_HappensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What happens`)
};

const zh_cn2_import_col_happens = /** @type {(inputs: Import_Col_HappensInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`将会`)
};

/**
* | output |
* | --- |
* | "What happens" |
*
* @param {Import_Col_HappensInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_col_happens = /** @type {((inputs?: Import_Col_HappensInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Col_HappensInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_col_happens(inputs)
	return en_import_col_happens(inputs)
});