/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Restore_BlockInputs */

const en_hist_restore_block = /** @type {(inputs: Hist_Restore_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore only this block`)
};

const zh_cn2_hist_restore_block = /** @type {(inputs: Hist_Restore_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只恢复此模块`)
};

/**
* | output |
* | --- |
* | "Restore only this block" |
*
* @param {Hist_Restore_BlockInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_restore_block = /** @type {((inputs?: Hist_Restore_BlockInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Restore_BlockInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_restore_block(inputs)
	return en_hist_restore_block(inputs)
});