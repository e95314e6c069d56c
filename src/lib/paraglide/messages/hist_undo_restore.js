/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Undo_RestoreInputs */

const en_hist_undo_restore = /** @type {(inputs: Hist_Undo_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Undo restore`)
};

const zh_cn2_hist_undo_restore = /** @type {(inputs: Hist_Undo_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`撤销恢复`)
};

/**
* | output |
* | --- |
* | "Undo restore" |
*
* @param {Hist_Undo_RestoreInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_undo_restore = /** @type {((inputs?: Hist_Undo_RestoreInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Undo_RestoreInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_undo_restore(inputs)
	return en_hist_undo_restore(inputs)
});