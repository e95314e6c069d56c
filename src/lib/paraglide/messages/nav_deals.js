/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nav_DealsInputs */

const en_nav_deals = /** @type {(inputs: Nav_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deals`)
};

const zh_cn2_nav_deals = /** @type {(inputs: Nav_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机`)
};

/**
* | output |
* | --- |
* | "Deals" |
*
* @param {Nav_DealsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nav_deals = /** @type {((inputs?: Nav_DealsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_DealsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_nav_deals(inputs)
	return en_nav_deals(inputs)
});