/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Review_NextInputs */

const en_pl_review_next = /** @type {(inputs: Pl_Review_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next deal`)
};

const zh_cn2_pl_review_next = /** @type {(inputs: Pl_Review_NextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`下一个`)
};

/**
* | output |
* | --- |
* | "Next deal" |
*
* @param {Pl_Review_NextInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_review_next = /** @type {((inputs?: Pl_Review_NextInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Review_NextInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_review_next(inputs)
	return en_pl_review_next(inputs)
});