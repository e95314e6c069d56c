/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ date: NonNullable<unknown> }} Hist_ViewingInputs */

const en_hist_viewing = /** @type {(inputs: Hist_ViewingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Version of ${i?.date} (read-only)`)
};

const zh_cn2_hist_viewing = /** @type {(inputs: Hist_ViewingInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.date} 的版本(只读)`)
};

/**
* | output |
* | --- |
* | "Version of {date} (read-only)" |
*
* @param {Hist_ViewingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_viewing = /** @type {((inputs: Hist_ViewingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_ViewingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_viewing(inputs)
	return en_hist_viewing(inputs)
});