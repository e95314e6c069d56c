/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_MentionInputs */

const en_comment_mention = /** @type {(inputs: Comment_MentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mention a teammate`)
};

const zh_cn2_comment_mention = /** @type {(inputs: Comment_MentionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`提及同事`)
};

/**
* | output |
* | --- |
* | "Mention a teammate" |
*
* @param {Comment_MentionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_mention = /** @type {((inputs?: Comment_MentionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_MentionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_mention(inputs)
	return en_comment_mention(inputs)
});