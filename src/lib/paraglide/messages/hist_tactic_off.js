/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ tactic: NonNullable<unknown> }} Hist_Tactic_OffInputs */

const en_hist_tactic_off = /** @type {(inputs: Hist_Tactic_OffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tactic ${i?.tactic} dropped`)
};

const zh_cn2_hist_tactic_off = /** @type {(inputs: Hist_Tactic_OffInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`放弃策略 ${i?.tactic}`)
};

/**
* | output |
* | --- |
* | "tactic {tactic} dropped" |
*
* @param {Hist_Tactic_OffInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_tactic_off = /** @type {((inputs: Hist_Tactic_OffInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Tactic_OffInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_tactic_off(inputs)
	return en_hist_tactic_off(inputs)
});