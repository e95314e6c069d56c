/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_PainsInputs */

const en_rt_pains = /** @type {(inputs: Rt_PainsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pains & concerns`)
};

const zh_cn2_rt_pains = /** @type {(inputs: Rt_PainsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`痛苦点/关注点`)
};

/**
* | output |
* | --- |
* | "Pains & concerns" |
*
* @param {Rt_PainsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_pains = /** @type {((inputs?: Rt_PainsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_PainsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_pains(inputs)
	return en_rt_pains(inputs)
});