/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Diag_WeightedInputs */

const en_diag_weighted = /** @type {(inputs: Diag_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weighted support`)
};

const zh_cn2_diag_weighted = /** @type {(inputs: Diag_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`加权支持度`)
};

/**
* | output |
* | --- |
* | "Weighted support" |
*
* @param {Diag_WeightedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const diag_weighted = /** @type {((inputs?: Diag_WeightedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diag_WeightedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_diag_weighted(inputs)
	return en_diag_weighted(inputs)
});