/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ tactic: NonNullable<unknown> }} Hist_Tactic_OnInputs */

const en_hist_tactic_on = /** @type {(inputs: Hist_Tactic_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`tactic ${i?.tactic} chosen`)
};

const zh_cn2_hist_tactic_on = /** @type {(inputs: Hist_Tactic_OnInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`选择策略 ${i?.tactic}`)
};

/**
* | output |
* | --- |
* | "tactic {tactic} chosen" |
*
* @param {Hist_Tactic_OnInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_tactic_on = /** @type {((inputs: Hist_Tactic_OnInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Tactic_OnInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_tactic_on(inputs)
	return en_hist_tactic_on(inputs)
});