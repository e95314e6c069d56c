/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_OpenInputs */

const en_hist_open = /** @type {(inputs: Hist_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`History`)
};

const zh_cn2_hist_open = /** @type {(inputs: Hist_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`历史版本`)
};

/**
* | output |
* | --- |
* | "History" |
*
* @param {Hist_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_open = /** @type {((inputs?: Hist_OpenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_OpenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_open(inputs)
	return en_hist_open(inputs)
});