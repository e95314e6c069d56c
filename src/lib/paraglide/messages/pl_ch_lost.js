/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Ch_LostInputs */

const en_pl_ch_lost = /** @type {(inputs: Pl_Ch_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`lost`)
};

const zh_cn2_pl_ch_lost = /** @type {(inputs: Pl_Ch_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`丢单`)
};

/**
* | output |
* | --- |
* | "lost" |
*
* @param {Pl_Ch_LostInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_lost = /** @type {((inputs?: Pl_Ch_LostInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_LostInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_ch_lost(inputs)
	return en_pl_ch_lost(inputs)
});