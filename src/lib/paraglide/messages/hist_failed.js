/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_FailedInputs */

const en_hist_failed = /** @type {(inputs: Hist_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Could not load the history. Check the connection and try again.`)
};

const zh_cn2_hist_failed = /** @type {(inputs: Hist_FailedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`无法载入历史。请检查网络后重试。`)
};

/**
* | output |
* | --- |
* | "Could not load the history. Check the connection and try again." |
*
* @param {Hist_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_failed = /** @type {((inputs?: Hist_FailedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_FailedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_failed(inputs)
	return en_hist_failed(inputs)
});