/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Compare_WithInputs */

const en_pl_compare_with = /** @type {(inputs: Pl_Compare_WithInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Compare with`)
};

const zh_cn2_pl_compare_with = /** @type {(inputs: Pl_Compare_WithInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`对比`)
};

/**
* | output |
* | --- |
* | "Compare with" |
*
* @param {Pl_Compare_WithInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_compare_with = /** @type {((inputs?: Pl_Compare_WithInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Compare_WithInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_compare_with(inputs)
	return en_pl_compare_with(inputs)
});