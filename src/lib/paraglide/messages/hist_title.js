/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_TitleInputs */

const en_hist_title = /** @type {(inputs: Hist_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`History`)
};

const zh_cn2_hist_title = /** @type {(inputs: Hist_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`历史版本`)
};

/**
* | output |
* | --- |
* | "History" |
*
* @param {Hist_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_title = /** @type {((inputs?: Hist_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_title(inputs)
	return en_hist_title(inputs)
});