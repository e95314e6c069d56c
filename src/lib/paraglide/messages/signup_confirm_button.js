/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signup_Confirm_ButtonInputs */

const en_signup_confirm_button = /** @type {(inputs: Signup_Confirm_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create my account`)
};

const zh_cn2_signup_confirm_button = /** @type {(inputs: Signup_Confirm_ButtonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`创建我的账户`)
};

/**
* | output |
* | --- |
* | "Create my account" |
*
* @param {Signup_Confirm_ButtonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const signup_confirm_button = /** @type {((inputs?: Signup_Confirm_ButtonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signup_Confirm_ButtonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_signup_confirm_button(inputs)
	return en_signup_confirm_button(inputs)
});