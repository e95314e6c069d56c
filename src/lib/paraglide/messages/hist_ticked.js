/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ item: NonNullable<unknown> }} Hist_TickedInputs */

const en_hist_ticked = /** @type {(inputs: Hist_TickedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`checklist: ${i?.item} ticked`)
};

const zh_cn2_hist_ticked = /** @type {(inputs: Hist_TickedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`阶段清单:已勾选 ${i?.item}`)
};

/**
* | output |
* | --- |
* | "checklist: {item} ticked" |
*
* @param {Hist_TickedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_ticked = /** @type {((inputs: Hist_TickedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_TickedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_ticked(inputs)
	return en_hist_ticked(inputs)
});