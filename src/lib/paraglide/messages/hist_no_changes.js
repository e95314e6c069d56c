/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_No_ChangesInputs */

const en_hist_no_changes = /** @type {(inputs: Hist_No_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nothing differs from now.`)
};

const zh_cn2_hist_no_changes = /** @type {(inputs: Hist_No_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`与现在没有差别。`)
};

/**
* | output |
* | --- |
* | "Nothing differs from now." |
*
* @param {Hist_No_ChangesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_no_changes = /** @type {((inputs?: Hist_No_ChangesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_No_ChangesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_no_changes(inputs)
	return en_hist_no_changes(inputs)
});