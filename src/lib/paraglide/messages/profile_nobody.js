/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Profile_NobodyInputs */

const en_profile_nobody = /** @type {(inputs: Profile_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— nobody in particular —`)
};

const zh_cn2_profile_nobody = /** @type {(inputs: Profile_NobodyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— 无特定人员 —`)
};

/**
* | output |
* | --- |
* | "— nobody in particular —" |
*
* @param {Profile_NobodyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_nobody = /** @type {((inputs?: Profile_NobodyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_NobodyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_profile_nobody(inputs)
	return en_profile_nobody(inputs)
});