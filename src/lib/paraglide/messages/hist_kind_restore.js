/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Kind_RestoreInputs */

const en_hist_kind_restore = /** @type {(inputs: Hist_Kind_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Restore`)
};

const zh_cn2_hist_kind_restore = /** @type {(inputs: Hist_Kind_RestoreInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`恢复`)
};

/**
* | output |
* | --- |
* | "Restore" |
*
* @param {Hist_Kind_RestoreInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_kind_restore = /** @type {((inputs?: Hist_Kind_RestoreInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Kind_RestoreInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_kind_restore(inputs)
	return en_hist_kind_restore(inputs)
});