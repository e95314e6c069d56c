/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deals_Col_FlagsInputs */

const en_deals_col_flags = /** @type {(inputs: Deals_Col_FlagsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Warnings`)
};

const zh_cn2_deals_col_flags = /** @type {(inputs: Deals_Col_FlagsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`风险`)
};

/**
* | output |
* | --- |
* | "Warnings" |
*
* @param {Deals_Col_FlagsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_flags = /** @type {((inputs?: Deals_Col_FlagsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_FlagsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deals_col_flags(inputs)
	return en_deals_col_flags(inputs)
});