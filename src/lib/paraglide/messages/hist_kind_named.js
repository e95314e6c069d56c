/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Kind_NamedInputs */

const en_hist_kind_named = /** @type {(inputs: Hist_Kind_NamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Named`)
};

const zh_cn2_hist_kind_named = /** @type {(inputs: Hist_Kind_NamedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已命名`)
};

/**
* | output |
* | --- |
* | "Named" |
*
* @param {Hist_Kind_NamedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_kind_named = /** @type {((inputs?: Hist_Kind_NamedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Kind_NamedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_kind_named(inputs)
	return en_hist_kind_named(inputs)
});