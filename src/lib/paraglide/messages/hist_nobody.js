/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_NobodyInputs */

const en_hist_nobody = /** @type {(inputs: Hist_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no edits by people`)
};

const zh_cn2_hist_nobody = /** @type {(inputs: Hist_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`没有人员编辑`)
};

/**
* | output |
* | --- |
* | "no edits by people" |
*
* @param {Hist_NobodyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_nobody = /** @type {((inputs?: Hist_NobodyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_NobodyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_nobody(inputs)
	return en_hist_nobody(inputs)
});