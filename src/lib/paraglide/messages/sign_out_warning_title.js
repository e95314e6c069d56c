/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sign_Out_Warning_TitleInputs */

const en_sign_out_warning_title = /** @type {(inputs: Sign_Out_Warning_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign out with unsaved changes?`)
};

const zh_cn2_sign_out_warning_title = /** @type {(inputs: Sign_Out_Warning_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`有未保存的修改,仍要退出吗?`)
};

/**
* | output |
* | --- |
* | "Sign out with unsaved changes?" |
*
* @param {Sign_Out_Warning_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sign_out_warning_title = /** @type {((inputs?: Sign_Out_Warning_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sign_Out_Warning_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sign_out_warning_title(inputs)
	return en_sign_out_warning_title(inputs)
});