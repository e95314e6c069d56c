/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ names: NonNullable<unknown> }} Hist_ByInputs */

const en_hist_by = /** @type {(inputs: Hist_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`by ${i?.names}`)
};

const zh_cn2_hist_by = /** @type {(inputs: Hist_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`编辑者:${i?.names}`)
};

/**
* | output |
* | --- |
* | "by {names}" |
*
* @param {Hist_ByInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_by = /** @type {((inputs: Hist_ByInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_ByInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_by(inputs)
	return en_hist_by(inputs)
});