/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Ch_RemovedInputs */

const en_pl_ch_removed = /** @type {(inputs: Pl_Ch_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`gone`)
};

const zh_cn2_pl_ch_removed = /** @type {(inputs: Pl_Ch_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`移除`)
};

/**
* | output |
* | --- |
* | "gone" |
*
* @param {Pl_Ch_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_removed = /** @type {((inputs?: Pl_Ch_RemovedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_RemovedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_ch_removed(inputs)
	return en_pl_ch_removed(inputs)
});