/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ item: NonNullable<unknown> }} Hist_UntickedInputs */

const en_hist_unticked = /** @type {(inputs: Hist_UntickedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`checklist: ${i?.item} unticked`)
};

const zh_cn2_hist_unticked = /** @type {(inputs: Hist_UntickedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`阶段清单:取消勾选 ${i?.item}`)
};

/**
* | output |
* | --- |
* | "checklist: {item} unticked" |
*
* @param {Hist_UntickedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_unticked = /** @type {((inputs: Hist_UntickedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_UntickedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_unticked(inputs)
	return en_hist_unticked(inputs)
});