/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sign_Out_AnywayInputs */

const en_sign_out_anyway = /** @type {(inputs: Sign_Out_AnywayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign out anyway`)
};

const zh_cn2_sign_out_anyway = /** @type {(inputs: Sign_Out_AnywayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`仍然退出`)
};

/**
* | output |
* | --- |
* | "Sign out anyway" |
*
* @param {Sign_Out_AnywayInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sign_out_anyway = /** @type {((inputs?: Sign_Out_AnywayInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sign_Out_AnywayInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sign_out_anyway(inputs)
	return en_sign_out_anyway(inputs)
});