/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_AddInputs */

const en_comment_add = /** @type {(inputs: Comment_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment`)
};

const zh_cn2_comment_add = /** @type {(inputs: Comment_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`评论`)
};

/**
* | output |
* | --- |
* | "Comment" |
*
* @param {Comment_AddInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_add = /** @type {((inputs?: Comment_AddInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_AddInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_add(inputs)
	return en_comment_add(inputs)
});