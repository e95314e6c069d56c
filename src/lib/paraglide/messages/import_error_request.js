/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Error_RequestInputs */

const en_import_error_request = /** @type {(inputs: Import_Error_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The request was refused. Reload the page and try again.`)
};

const zh_cn2_import_error_request = /** @type {(inputs: Import_Error_RequestInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请求被拒绝。请刷新页面后重试。`)
};

/**
* | output |
* | --- |
* | "The request was refused. Reload the page and try again." |
*
* @param {Import_Error_RequestInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_request = /** @type {((inputs?: Import_Error_RequestInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_RequestInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_request(inputs)
	return en_import_error_request(inputs)
});