/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_DealInputs */

const en_pl_deal = /** @type {(inputs: Pl_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deal`)
};

const zh_cn2_pl_deal = /** @type {(inputs: Pl_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`项目`)
};

/**
* | output |
* | --- |
* | "Deal" |
*
* @param {Pl_DealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_deal = /** @type {((inputs?: Pl_DealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_DealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_deal(inputs)
	return en_pl_deal(inputs)
});