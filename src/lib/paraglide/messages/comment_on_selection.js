/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_On_SelectionInputs */

const en_comment_on_selection = /** @type {(inputs: Comment_On_SelectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment on selection`)
};

const zh_cn2_comment_on_selection = /** @type {(inputs: Comment_On_SelectionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`评论所选文字`)
};

/**
* | output |
* | --- |
* | "Comment on selection" |
*
* @param {Comment_On_SelectionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_on_selection = /** @type {((inputs?: Comment_On_SelectionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_On_SelectionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_on_selection(inputs)
	return en_comment_on_selection(inputs)
});