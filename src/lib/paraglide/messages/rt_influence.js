/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_InfluenceInputs */

const en_rt_influence = /** @type {(inputs: Rt_InfluenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Influence`)
};

const zh_cn2_rt_influence = /** @type {(inputs: Rt_InfluenceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`影响力`)
};

/**
* | output |
* | --- |
* | "Influence" |
*
* @param {Rt_InfluenceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_influence = /** @type {((inputs?: Rt_InfluenceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_InfluenceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_influence(inputs)
	return en_rt_influence(inputs)
});