/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_WeightedInputs */

const en_pl_weighted = /** @type {(inputs: Pl_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weighted`)
};

const zh_cn2_pl_weighted = /** @type {(inputs: Pl_WeightedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`加权`)
};

/**
* | output |
* | --- |
* | "Weighted" |
*
* @param {Pl_WeightedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_weighted = /** @type {((inputs?: Pl_WeightedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_WeightedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_weighted(inputs)
	return en_pl_weighted(inputs)
});