/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ n: NonNullable<unknown> }} Nq_CommentInputs */

const en_nq_comment = /** @type {(inputs: Nq_CommentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Comment on question ${i?.n}`)
};

const zh_cn2_nq_comment = /** @type {(inputs: Nq_CommentInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`评论第 ${i?.n} 问`)
};

/**
* | output |
* | --- |
* | "Comment on question {n}" |
*
* @param {Nq_CommentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_comment = /** @type {((inputs: Nq_CommentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_CommentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_nq_comment(inputs)
	return en_nq_comment(inputs)
});