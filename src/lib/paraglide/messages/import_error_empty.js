/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Error_EmptyInputs */

const en_import_error_empty = /** @type {(inputs: Import_Error_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The file is empty.`)
};

const zh_cn2_import_error_empty = /** @type {(inputs: Import_Error_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`文件是空的。`)
};

/**
* | output |
* | --- |
* | "The file is empty." |
*
* @param {Import_Error_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_empty = /** @type {((inputs?: Import_Error_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_empty(inputs)
	return en_import_error_empty(inputs)
});