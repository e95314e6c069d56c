/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sign_UpInputs */

const en_sign_up = /** @type {(inputs: Sign_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create an account`)
};

const zh_cn2_sign_up = /** @type {(inputs: Sign_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`注册账号`)
};

/**
* | output |
* | --- |
* | "Create an account" |
*
* @param {Sign_UpInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sign_up = /** @type {((inputs?: Sign_UpInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sign_UpInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sign_up(inputs)
	return en_sign_up(inputs)
});