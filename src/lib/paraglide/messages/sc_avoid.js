/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sc_AvoidInputs */

const en_sc_avoid = /** @type {(inputs: Sc_AvoidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mistakes to avoid`)
};

const zh_cn2_sc_avoid = /** @type {(inputs: Sc_AvoidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`避免的错误`)
};

/**
* | output |
* | --- |
* | "Mistakes to avoid" |
*
* @param {Sc_AvoidInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_avoid = /** @type {((inputs?: Sc_AvoidInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_AvoidInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sc_avoid(inputs)
	return en_sc_avoid(inputs)
});