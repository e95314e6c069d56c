/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Current_LabelInputs */

const en_hist_current_label = /** @type {(inputs: Hist_Current_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`now`)
};

const zh_cn2_hist_current_label = /** @type {(inputs: Hist_Current_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`现在`)
};

/**
* | output |
* | --- |
* | "now" |
*
* @param {Hist_Current_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_current_label = /** @type {((inputs?: Hist_Current_LabelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Current_LabelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_current_label(inputs)
	return en_hist_current_label(inputs)
});