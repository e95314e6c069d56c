/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_CloseInputs */

const en_hist_close = /** @type {(inputs: Hist_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close history`)
};

const zh_cn2_hist_close = /** @type {(inputs: Hist_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`关闭历史`)
};

/**
* | output |
* | --- |
* | "Close history" |
*
* @param {Hist_CloseInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_close = /** @type {((inputs?: Hist_CloseInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_CloseInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_close(inputs)
	return en_hist_close(inputs)
});