/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_RestoredInputs */

const en_hist_restored = /** @type {(inputs: Hist_RestoredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restored. Everyone sees it now.`)
};

const zh_cn2_hist_restored = /** @type {(inputs: Hist_RestoredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已恢复,所有人都能看到。`)
};

/**
* | output |
* | --- |
* | "Restored. Everyone sees it now." |
*
* @param {Hist_RestoredInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_restored = /** @type {((inputs?: Hist_RestoredInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_RestoredInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_restored(inputs)
	return en_hist_restored(inputs)
});