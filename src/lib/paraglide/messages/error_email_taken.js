/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Error_Email_TakenInputs */

const en_error_email_taken = /** @type {(inputs: Error_Email_TakenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`An account with this email already exists. Sign in instead.`)
};

const zh_cn2_error_email_taken = /** @type {(inputs: Error_Email_TakenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`该邮箱已注册,请直接登录。`)
};

/**
* | output |
* | --- |
* | "An account with this email already exists. Sign in instead." |
*
* @param {Error_Email_TakenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const error_email_taken = /** @type {((inputs?: Error_Email_TakenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Email_TakenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_error_email_taken(inputs)
	return en_error_email_taken(inputs)
});