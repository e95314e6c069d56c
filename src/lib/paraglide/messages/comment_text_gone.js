/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_Text_GoneInputs */

const en_comment_text_gone = /** @type {(inputs: Comment_Text_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the text was deleted`)
};

const zh_cn2_comment_text_gone = /** @type {(inputs: Comment_Text_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`原文已删除`)
};

/**
* | output |
* | --- |
* | "the text was deleted" |
*
* @param {Comment_Text_GoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_text_gone = /** @type {((inputs?: Comment_Text_GoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_Text_GoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_text_gone(inputs)
	return en_comment_text_gone(inputs)
});