/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Ch_AdvancedInputs */

const en_pl_ch_advanced = /** @type {(inputs: Pl_Ch_AdvancedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`advanced`)
};

const zh_cn2_pl_ch_advanced = /** @type {(inputs: Pl_Ch_AdvancedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`推进`)
};

/**
* | output |
* | --- |
* | "advanced" |
*
* @param {Pl_Ch_AdvancedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_advanced = /** @type {((inputs?: Pl_Ch_AdvancedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_AdvancedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_ch_advanced(inputs)
	return en_pl_ch_advanced(inputs)
});