/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sc_RealInputs */

const en_sc_real = /** @type {(inputs: Sc_RealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A real opportunity: need, budget and key person are all there.`)
};

const zh_cn2_sc_real = /** @type {(inputs: Sc_RealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`真实商机:需求、预算、关键人都已具备。`)
};

/**
* | output |
* | --- |
* | "A real opportunity: need, budget and key person are all there." |
*
* @param {Sc_RealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_real = /** @type {((inputs?: Sc_RealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_RealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sc_real(inputs)
	return en_sc_real(inputs)
});