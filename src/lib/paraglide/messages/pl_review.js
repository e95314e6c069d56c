/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_ReviewInputs */

const en_pl_review = /** @type {(inputs: Pl_ReviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Since the last review`)
};

const zh_cn2_pl_review = /** @type {(inputs: Pl_ReviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`自上次评审以来`)
};

/**
* | output |
* | --- |
* | "Since the last review" |
*
* @param {Pl_ReviewInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_review = /** @type {((inputs?: Pl_ReviewInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_ReviewInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_review(inputs)
	return en_pl_review(inputs)
});