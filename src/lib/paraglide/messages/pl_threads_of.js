/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ title: NonNullable<unknown> }} Pl_Threads_OfInputs */

const en_pl_threads_of = /** @type {(inputs: Pl_Threads_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Comments on ${i?.title}`)
};

const zh_cn2_pl_threads_of = /** @type {(inputs: Pl_Threads_OfInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.title} 的评论`)
};

/**
* | output |
* | --- |
* | "Comments on {title}" |
*
* @param {Pl_Threads_OfInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_threads_of = /** @type {((inputs: Pl_Threads_OfInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Threads_OfInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_threads_of(inputs)
	return en_pl_threads_of(inputs)
});