/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_SupportInputs */

const en_rt_support = /** @type {(inputs: Rt_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Support`)
};

const zh_cn2_rt_support = /** @type {(inputs: Rt_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`支持度`)
};

/**
* | output |
* | --- |
* | "Support" |
*
* @param {Rt_SupportInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_support = /** @type {((inputs?: Rt_SupportInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_SupportInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_support(inputs)
	return en_rt_support(inputs)
});