/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Restore_ConfirmInputs */

const en_hist_restore_confirm = /** @type {(inputs: Hist_Restore_ConfirmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore the whole deal to this version? It is written as a new change that everyone sees; you can undo it.`)
};

const zh_cn2_hist_restore_confirm = /** @type {(inputs: Hist_Restore_ConfirmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把整个商机恢复到此版本?恢复会作为一次新的修改同步给所有人,可以撤销。`)
};

/**
* | output |
* | --- |
* | "Restore the whole deal to this version? It is written as a new change that everyone sees; you can undo it." |
*
* @param {Hist_Restore_ConfirmInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_restore_confirm = /** @type {((inputs?: Hist_Restore_ConfirmInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Restore_ConfirmInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_restore_confirm(inputs)
	return en_hist_restore_confirm(inputs)
});