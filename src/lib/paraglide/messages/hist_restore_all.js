/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Restore_AllInputs */

const en_hist_restore_all = /** @type {(inputs: Hist_Restore_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore this version`)
};

const zh_cn2_hist_restore_all = /** @type {(inputs: Hist_Restore_AllInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`恢复此版本`)
};

/**
* | output |
* | --- |
* | "Restore this version" |
*
* @param {Hist_Restore_AllInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_restore_all = /** @type {((inputs?: Hist_Restore_AllInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Restore_AllInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_restore_all(inputs)
	return en_hist_restore_all(inputs)
});