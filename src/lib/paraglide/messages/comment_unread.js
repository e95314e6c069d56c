/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_UnreadInputs */

const en_comment_unread = /** @type {(inputs: Comment_UnreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Unread`)
};

const zh_cn2_comment_unread = /** @type {(inputs: Comment_UnreadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未读`)
};

/**
* | output |
* | --- |
* | "Unread" |
*
* @param {Comment_UnreadInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_unread = /** @type {((inputs?: Comment_UnreadInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_UnreadInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_unread(inputs)
	return en_comment_unread(inputs)
});