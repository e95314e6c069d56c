/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Kind_AutoInputs */

const en_hist_kind_auto = /** @type {(inputs: Hist_Kind_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Automatic`)
};

const zh_cn2_hist_kind_auto = /** @type {(inputs: Hist_Kind_AutoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`自动`)
};

/**
* | output |
* | --- |
* | "Automatic" |
*
* @param {Hist_Kind_AutoInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_kind_auto = /** @type {((inputs?: Hist_Kind_AutoInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Kind_AutoInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_kind_auto(inputs)
	return en_hist_kind_auto(inputs)
});