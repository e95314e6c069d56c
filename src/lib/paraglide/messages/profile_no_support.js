/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Profile_No_SupportInputs */

const en_profile_no_support = /** @type {(inputs: Profile_No_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No support recorded yet at this account.`)
};

const zh_cn2_profile_no_support = /** @type {(inputs: Profile_No_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`该客户还没有支持度记录。`)
};

/**
* | output |
* | --- |
* | "No support recorded yet at this account." |
*
* @param {Profile_No_SupportInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_no_support = /** @type {((inputs?: Profile_No_SupportInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_No_SupportInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_profile_no_support(inputs)
	return en_profile_no_support(inputs)
});