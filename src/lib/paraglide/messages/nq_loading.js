/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nq_LoadingInputs */

const en_nq_loading = /** @type {(inputs: Nq_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reading the deal room…`)
};

const zh_cn2_nq_loading = /** @type {(inputs: Nq_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在读取商机…`)
};

/**
* | output |
* | --- |
* | "Reading the deal room…" |
*
* @param {Nq_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_loading = /** @type {((inputs?: Nq_LoadingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_LoadingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_nq_loading(inputs)
	return en_nq_loading(inputs)
});