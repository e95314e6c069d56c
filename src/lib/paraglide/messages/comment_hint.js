/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_HintInputs */

const en_comment_hint = /** @type {(inputs: Comment_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`@ to mention · Ctrl+Enter to send`)
};

const zh_cn2_comment_hint = /** @type {(inputs: Comment_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`@ 提及 · Ctrl+Enter 发送`)
};

/**
* | output |
* | --- |
* | "@ to mention · Ctrl+Enter to send" |
*
* @param {Comment_HintInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_hint = /** @type {((inputs?: Comment_HintInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_HintInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_hint(inputs)
	return en_comment_hint(inputs)
});