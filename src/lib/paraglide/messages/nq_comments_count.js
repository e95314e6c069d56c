/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Nq_Comments_CountInputs */

const en_nq_comments_count = /** @type {(inputs: Nq_Comments_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Comments: ${i?.count}`)
};

const zh_cn2_nq_comments_count = /** @type {(inputs: Nq_Comments_CountInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`评论:${i?.count}`)
};

/**
* | output |
* | --- |
* | "Comments: {count}" |
*
* @param {Nq_Comments_CountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_comments_count = /** @type {((inputs: Nq_Comments_CountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_Comments_CountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_nq_comments_count(inputs)
	return en_nq_comments_count(inputs)
});