/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Name_SaveInputs */

const en_hist_name_save = /** @type {(inputs: Hist_Name_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save version`)
};

const zh_cn2_hist_name_save = /** @type {(inputs: Hist_Name_SaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保存版本`)
};

/**
* | output |
* | --- |
* | "Save version" |
*
* @param {Hist_Name_SaveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_name_save = /** @type {((inputs?: Hist_Name_SaveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Name_SaveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_name_save(inputs)
	return en_hist_name_save(inputs)
});