/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Review_PrevInputs */

const en_pl_review_prev = /** @type {(inputs: Pl_Review_PrevInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Previous deal`)
};

const zh_cn2_pl_review_prev = /** @type {(inputs: Pl_Review_PrevInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`上一个`)
};

/**
* | output |
* | --- |
* | "Previous deal" |
*
* @param {Pl_Review_PrevInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_review_prev = /** @type {((inputs?: Pl_Review_PrevInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Review_PrevInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_review_prev(inputs)
	return en_pl_review_prev(inputs)
});