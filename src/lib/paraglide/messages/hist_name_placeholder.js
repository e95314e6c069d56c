/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Name_PlaceholderInputs */

const en_hist_name_placeholder = /** @type {(inputs: Hist_Name_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`e.g. Before QBR`)
};

const zh_cn2_hist_name_placeholder = /** @type {(inputs: Hist_Name_PlaceholderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`例如:季度复盘前`)
};

/**
* | output |
* | --- |
* | "e.g. Before QBR" |
*
* @param {Hist_Name_PlaceholderInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_name_placeholder = /** @type {((inputs?: Hist_Name_PlaceholderInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Name_PlaceholderInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_name_placeholder(inputs)
	return en_hist_name_placeholder(inputs)
});