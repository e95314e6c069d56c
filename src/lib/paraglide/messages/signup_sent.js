/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ email: NonNullable<unknown> }} Signup_SentInputs */

const en_signup_sent = /** @type {(inputs: Signup_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`We have sent a message to ${i?.email}. Open the link in it to finish creating your account (it works once, for 24 hours). If the address already has an account, the message says how to sign in.`)
};

const zh_cn2_signup_sent = /** @type {(inputs: Signup_SentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`我们已向 ${i?.email} 发送邮件。打开其中的链接即可完成注册（仅可使用一次，24 小时内有效）。如果该邮箱已有账户，邮件会说明如何登录。`)
};

/**
* | output |
* | --- |
* | "We have sent a message to {email}. Open the link in it to finish creating your account (it works once, for 24 hours). If the address already has an account, ..." |
*
* @param {Signup_SentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const signup_sent = /** @type {((inputs: Signup_SentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signup_SentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_signup_sent(inputs)
	return en_signup_sent(inputs)
});