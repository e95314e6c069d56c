/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_Reply_PlaceholderInputs */

const en_comment_reply_placeholder = /** @type {(inputs: Comment_Reply_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reply…`)
};

const zh_cn2_comment_reply_placeholder = /** @type {(inputs: Comment_Reply_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`回复…`)
};

/**
* | output |
* | --- |
* | "Reply…" |
*
* @param {Comment_Reply_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_reply_placeholder = /** @type {((inputs?: Comment_Reply_PlaceholderInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_Reply_PlaceholderInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_reply_placeholder(inputs)
	return en_comment_reply_placeholder(inputs)
});