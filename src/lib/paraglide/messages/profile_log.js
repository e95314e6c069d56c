/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Profile_LogInputs */

const en_profile_log = /** @type {(inputs: Profile_LogInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Event log`)
};

const zh_cn2_profile_log = /** @type {(inputs: Profile_LogInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`事件记录`)
};

/**
* | output |
* | --- |
* | "Event log" |
*
* @param {Profile_LogInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_log = /** @type {((inputs?: Profile_LogInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_LogInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_profile_log(inputs)
	return en_profile_log(inputs)
});