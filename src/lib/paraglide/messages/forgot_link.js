/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Forgot_LinkInputs */

const en_forgot_link = /** @type {(inputs: Forgot_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Forgot password?`)
};

const zh_cn2_forgot_link = /** @type {(inputs: Forgot_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`忘记密码?`)
};

/**
* | output |
* | --- |
* | "Forgot password?" |
*
* @param {Forgot_LinkInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const forgot_link = /** @type {((inputs?: Forgot_LinkInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_LinkInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_forgot_link(inputs)
	return en_forgot_link(inputs)
});