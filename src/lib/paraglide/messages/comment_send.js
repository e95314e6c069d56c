/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_SendInputs */

const en_comment_send = /** @type {(inputs: Comment_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment`)
};

const zh_cn2_comment_send = /** @type {(inputs: Comment_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`发表`)
};

/**
* | output |
* | --- |
* | "Comment" |
*
* @param {Comment_SendInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_send = /** @type {((inputs?: Comment_SendInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_SendInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_send(inputs)
	return en_comment_send(inputs)
});