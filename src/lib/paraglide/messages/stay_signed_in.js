/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Stay_Signed_InInputs */

const en_stay_signed_in = /** @type {(inputs: Stay_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stay signed in`)
};

const zh_cn2_stay_signed_in = /** @type {(inputs: Stay_Signed_InInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保持登录`)
};

/**
* | output |
* | --- |
* | "Stay signed in" |
*
* @param {Stay_Signed_InInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const stay_signed_in = /** @type {((inputs?: Stay_Signed_InInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Stay_Signed_InInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_stay_signed_in(inputs)
	return en_stay_signed_in(inputs)
});