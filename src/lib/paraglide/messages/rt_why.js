/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_WhyInputs */

const en_rt_why = /** @type {(inputs: Rt_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Why they stand there`)
};

const zh_cn2_rt_why = /** @type {(inputs: Rt_WhyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`原因`)
};

/**
* | output |
* | --- |
* | "Why they stand there" |
*
* @param {Rt_WhyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_why = /** @type {((inputs?: Rt_WhyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_WhyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_why(inputs)
	return en_rt_why(inputs)
});