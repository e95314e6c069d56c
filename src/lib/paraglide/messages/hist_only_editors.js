/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Only_EditorsInputs */

const en_hist_only_editors = /** @type {(inputs: Hist_Only_EditorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only editors of this deal can restore.`)
};

const zh_cn2_hist_only_editors = /** @type {(inputs: Hist_Only_EditorsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有此商机的编辑者可以恢复。`)
};

/**
* | output |
* | --- |
* | "Only editors of this deal can restore." |
*
* @param {Hist_Only_EditorsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_only_editors = /** @type {((inputs?: Hist_Only_EditorsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Only_EditorsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_only_editors(inputs)
	return en_hist_only_editors(inputs)
});