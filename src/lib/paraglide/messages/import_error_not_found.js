/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Error_Not_FoundInputs */

const en_import_error_not_found = /** @type {(inputs: Import_Error_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This import does not exist in your workspace (any more).`)
};

const zh_cn2_import_error_not_found = /** @type {(inputs: Import_Error_Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你的工作区中(已)没有这次导入。`)
};

/**
* | output |
* | --- |
* | "This import does not exist in your workspace (any more)." |
*
* @param {Import_Error_Not_FoundInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_not_found = /** @type {((inputs?: Import_Error_Not_FoundInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Not_FoundInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_not_found(inputs)
	return en_import_error_not_found(inputs)
});