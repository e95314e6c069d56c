/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_NamedInputs */

const en_hist_named = /** @type {(inputs: Hist_NamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Version saved.`)
};

const zh_cn2_hist_named = /** @type {(inputs: Hist_NamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`版本已保存。`)
};

/**
* | output |
* | --- |
* | "Version saved." |
*
* @param {Hist_NamedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_named = /** @type {((inputs?: Hist_NamedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_NamedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_named(inputs)
	return en_hist_named(inputs)
});