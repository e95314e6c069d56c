/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Profile_SupportInputs */

const en_profile_support = /** @type {(inputs: Profile_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Support over time, across deals`)
};

const zh_cn2_profile_support = /** @type {(inputs: Profile_SupportInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`各商机中的支持度变化`)
};

/**
* | output |
* | --- |
* | "Support over time, across deals" |
*
* @param {Profile_SupportInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_support = /** @type {((inputs?: Profile_SupportInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_SupportInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_profile_support(inputs)
	return en_profile_support(inputs)
});