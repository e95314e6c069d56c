/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Rates_SavedInputs */

const en_pl_rates_saved = /** @type {(inputs: Pl_Rates_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Rates saved.`)
};

const zh_cn2_pl_rates_saved = /** @type {(inputs: Pl_Rates_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢率已保存。`)
};

/**
* | output |
* | --- |
* | "Rates saved." |
*
* @param {Pl_Rates_SavedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_rates_saved = /** @type {((inputs?: Pl_Rates_SavedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Rates_SavedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_rates_saved(inputs)
	return en_pl_rates_saved(inputs)
});