/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Signup_Confirm_TitleInputs */

const en_signup_confirm_title = /** @type {(inputs: Signup_Confirm_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Finish creating your account`)
};

const zh_cn2_signup_confirm_title = /** @type {(inputs: Signup_Confirm_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`完成注册`)
};

/**
* | output |
* | --- |
* | "Finish creating your account" |
*
* @param {Signup_Confirm_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const signup_confirm_title = /** @type {((inputs?: Signup_Confirm_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signup_Confirm_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_signup_confirm_title(inputs)
	return en_signup_confirm_title(inputs)
});