/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Invalid_EmailInputs */

const en_error_invalid_email = /** @type {(inputs: Error_Invalid_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Enter a valid email address.`)
};

const zh_cn2_error_invalid_email = /** @type {(inputs: Error_Invalid_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请输入有效的邮箱地址。`)
};

/**
* | output |
* | --- |
* | "Enter a valid email address." |
*
* @param {Error_Invalid_EmailInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const error_invalid_email = /** @type {((inputs?: Error_Invalid_EmailInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Invalid_EmailInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_error_invalid_email(inputs)
	return en_error_invalid_email(inputs)
});