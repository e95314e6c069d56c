/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_LoadingInputs */

const en_hist_loading = /** @type {(inputs: Hist_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading history…`)
};

const zh_cn2_hist_loading = /** @type {(inputs: Hist_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在载入历史…`)
};

/**
* | output |
* | --- |
* | "Loading history…" |
*
* @param {Hist_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_loading = /** @type {((inputs?: Hist_LoadingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_LoadingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_loading(inputs)
	return en_hist_loading(inputs)
});