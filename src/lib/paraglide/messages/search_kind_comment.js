/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Search_Kind_CommentInputs */

const en_search_kind_comment = /** @type {(inputs: Search_Kind_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment`)
};

const zh_cn2_search_kind_comment = /** @type {(inputs: Search_Kind_CommentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`评论`)
};

/**
* | output |
* | --- |
* | "Comment" |
*
* @param {Search_Kind_CommentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_comment = /** @type {((inputs?: Search_Kind_CommentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_CommentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_search_kind_comment(inputs)
	return en_search_kind_comment(inputs)
});