/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_QuarterInputs */

const en_pl_quarter = /** @type {(inputs: Pl_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By quarter`)
};

const zh_cn2_pl_quarter = /** @type {(inputs: Pl_QuarterInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`按季度`)
};

/**
* | output |
* | --- |
* | "By quarter" |
*
* @param {Pl_QuarterInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_quarter = /** @type {((inputs?: Pl_QuarterInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_QuarterInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_quarter(inputs)
	return en_pl_quarter(inputs)
});