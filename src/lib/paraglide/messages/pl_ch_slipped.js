/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Ch_SlippedInputs */

const en_pl_ch_slipped = /** @type {(inputs: Pl_Ch_SlippedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`slipped`)
};

const zh_cn2_pl_ch_slipped = /** @type {(inputs: Pl_Ch_SlippedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`退回`)
};

/**
* | output |
* | --- |
* | "slipped" |
*
* @param {Pl_Ch_SlippedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_slipped = /** @type {((inputs?: Pl_Ch_SlippedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_SlippedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_ch_slipped(inputs)
	return en_pl_ch_slipped(inputs)
});