/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signup_GoneInputs */

const en_signup_gone = /** @type {(inputs: Signup_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This sign-up link has expired or has already been used. Sign up again, or sign in if the account exists.`)
};

const zh_cn2_signup_gone = /** @type {(inputs: Signup_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此注册链接已过期或已被使用。请重新注册；如果账户已存在，请直接登录。`)
};

/**
* | output |
* | --- |
* | "This sign-up link has expired or has already been used. Sign up again, or sign in if the account exists." |
*
* @param {Signup_GoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const signup_gone = /** @type {((inputs?: Signup_GoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signup_GoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_signup_gone(inputs)
	return en_signup_gone(inputs)
});