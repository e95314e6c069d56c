/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Comment_RefusedInputs */

const en_comment_refused = /** @type {(inputs: Comment_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The server refused this: ${i?.reason}`)
};

const zh_cn2_comment_refused = /** @type {(inputs: Comment_RefusedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`服务器拒绝了此操作:${i?.reason}`)
};

/**
* | output |
* | --- |
* | "The server refused this: {reason}" |
*
* @param {Comment_RefusedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_refused = /** @type {((inputs: Comment_RefusedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_RefusedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_refused(inputs)
	return en_comment_refused(inputs)
});