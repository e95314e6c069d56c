/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_DelimiterInputs */

const en_import_delimiter = /** @type {(inputs: Import_DelimiterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Values separated by`)
};

const zh_cn2_import_delimiter = /** @type {(inputs: Import_DelimiterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`值的分隔符`)
};

/**
* | output |
* | --- |
* | "Values separated by" |
*
* @param {Import_DelimiterInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_delimiter = /** @type {((inputs?: Import_DelimiterInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_DelimiterInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_delimiter(inputs)
	return en_import_delimiter(inputs)
});