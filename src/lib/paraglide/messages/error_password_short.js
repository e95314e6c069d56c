/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ min: NonNullable<unknown> }} Error_Password_ShortInputs */

const en_error_password_short = /** @type {(inputs: Error_Password_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Use at least ${i?.min} characters for your password.`)
};

const zh_cn2_error_password_short = /** @type {(inputs: Error_Password_ShortInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`密码至少需要 ${i?.min} 个字符。`)
};

/**
* | output |
* | --- |
* | "Use at least {min} characters for your password." |
*
* @param {Error_Password_ShortInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const error_password_short = /** @type {((inputs: Error_Password_ShortInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Password_ShortInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_error_password_short(inputs)
	return en_error_password_short(inputs)
});