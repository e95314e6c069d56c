/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Error_Signed_OutInputs */

const en_import_error_signed_out = /** @type {(inputs: Import_Error_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your session has ended. Sign in again, then choose the file again.`)
};

const zh_cn2_import_error_signed_out = /** @type {(inputs: Import_Error_Signed_OutInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登录已过期。请重新登录,然后再次选择文件。`)
};

/**
* | output |
* | --- |
* | "Your session has ended. Sign in again, then choose the file again." |
*
* @param {Import_Error_Signed_OutInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_signed_out = /** @type {((inputs?: Import_Error_Signed_OutInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_Signed_OutInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_signed_out(inputs)
	return en_import_error_signed_out(inputs)
});