/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_PendingInputs */

const en_comment_pending = /** @type {(inputs: Comment_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`waiting to send`)
};

const zh_cn2_comment_pending = /** @type {(inputs: Comment_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`等待发送`)
};

/**
* | output |
* | --- |
* | "waiting to send" |
*
* @param {Comment_PendingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_pending = /** @type {((inputs?: Comment_PendingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_PendingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_pending(inputs)
	return en_comment_pending(inputs)
});