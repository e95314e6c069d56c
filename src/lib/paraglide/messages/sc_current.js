/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sc_CurrentInputs */

const en_sc_current = /** @type {(inputs: Sc_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Current stage`)
};

const zh_cn2_sc_current = /** @type {(inputs: Sc_CurrentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`当前阶段`)
};

/**
* | output |
* | --- |
* | "Current stage" |
*
* @param {Sc_CurrentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_current = /** @type {((inputs?: Sc_CurrentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_CurrentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sc_current(inputs)
	return en_sc_current(inputs)
});