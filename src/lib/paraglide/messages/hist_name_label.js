/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Name_LabelInputs */

const en_hist_name_label = /** @type {(inputs: Hist_Name_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Name this version`)
};

const zh_cn2_hist_name_label = /** @type {(inputs: Hist_Name_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`命名此版本`)
};

/**
* | output |
* | --- |
* | "Name this version" |
*
* @param {Hist_Name_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_name_label = /** @type {((inputs?: Hist_Name_LabelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Name_LabelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_name_label(inputs)
	return en_hist_name_label(inputs)
});