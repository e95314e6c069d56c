/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Forgot_SentInputs */

const en_forgot_sent = /** @type {(inputs: Forgot_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`If an account exists for that address, we have sent it a link to reset the password. The link works once, for one hour.`)
};

const zh_cn2_forgot_sent = /** @type {(inputs: Forgot_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`如果该邮箱有账户，我们已发送重置密码的链接。链接仅可使用一次，一小时内有效。`)
};

/**
* | output |
* | --- |
* | "If an account exists for that address, we have sent it a link to reset the password. The link works once, for one hour." |
*
* @param {Forgot_SentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const forgot_sent = /** @type {((inputs?: Forgot_SentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_SentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_forgot_sent(inputs)
	return en_forgot_sent(inputs)
});