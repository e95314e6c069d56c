/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ added: NonNullable<unknown>, removed: NonNullable<unknown> }} Hist_SummaryInputs */

const en_hist_summary = /** @type {(inputs: Hist_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`+${i?.added} / −${i?.removed} characters`)
};

const zh_cn2_hist_summary = /** @type {(inputs: Hist_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`+${i?.added} / −${i?.removed} 个字符`)
};

/**
* | output |
* | --- |
* | "+{added} / −{removed} characters" |
*
* @param {Hist_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_summary = /** @type {((inputs: Hist_SummaryInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_SummaryInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_summary(inputs)
	return en_hist_summary(inputs)
});