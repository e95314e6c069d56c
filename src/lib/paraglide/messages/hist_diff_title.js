/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Diff_TitleInputs */

const en_hist_diff_title = /** @type {(inputs: Hist_Diff_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Changes from this version to now`)
};

const zh_cn2_hist_diff_title = /** @type {(inputs: Hist_Diff_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`从此版本到现在的改动`)
};

/**
* | output |
* | --- |
* | "Changes from this version to now" |
*
* @param {Hist_Diff_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_diff_title = /** @type {((inputs?: Hist_Diff_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Diff_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_diff_title(inputs)
	return en_hist_diff_title(inputs)
});