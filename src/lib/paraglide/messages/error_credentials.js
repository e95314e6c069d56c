/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_CredentialsInputs */

const en_error_credentials = /** @type {(inputs: Error_CredentialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That email and password do not match. Check both and try again.`)
};

const zh_cn2_error_credentials = /** @type {(inputs: Error_CredentialsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`邮箱或密码不正确,请检查后重试。`)
};

/**
* | output |
* | --- |
* | "That email and password do not match. Check both and try again." |
*
* @param {Error_CredentialsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const error_credentials = /** @type {((inputs?: Error_CredentialsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_CredentialsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_error_credentials(inputs)
	return en_error_credentials(inputs)
});