/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Profile_DealsInputs */

const en_profile_deals = /** @type {(inputs: Profile_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deals`)
};

const zh_cn2_profile_deals = /** @type {(inputs: Profile_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机`)
};

/**
* | output |
* | --- |
* | "Deals" |
*
* @param {Profile_DealsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_deals = /** @type {((inputs?: Profile_DealsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_DealsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_profile_deals(inputs)
	return en_profile_deals(inputs)
});