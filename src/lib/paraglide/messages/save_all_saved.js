/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Save_All_SavedInputs */

const en_save_all_saved = /** @type {(inputs: Save_All_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`All changes saved`)
};

const zh_cn2_save_all_saved = /** @type {(inputs: Save_All_SavedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所有修改已保存`)
};

/**
* | output |
* | --- |
* | "All changes saved" |
*
* @param {Save_All_SavedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const save_all_saved = /** @type {((inputs?: Save_All_SavedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Save_All_SavedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_save_all_saved(inputs)
	return en_save_all_saved(inputs)
});