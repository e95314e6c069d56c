/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deals_Col_OwnerInputs */

const en_deals_col_owner = /** @type {(inputs: Deals_Col_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner`)
};

const zh_cn2_deals_col_owner = /** @type {(inputs: Deals_Col_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`负责人`)
};

/**
* | output |
* | --- |
* | "Owner" |
*
* @param {Deals_Col_OwnerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_owner = /** @type {((inputs?: Deals_Col_OwnerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_OwnerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deals_col_owner(inputs)
	return en_deals_col_owner(inputs)
});