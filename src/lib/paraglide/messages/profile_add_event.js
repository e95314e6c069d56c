/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Profile_Add_EventInputs */

const en_profile_add_event = /** @type {(inputs: Profile_Add_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add to the log`)
};

const zh_cn2_profile_add_event = /** @type {(inputs: Profile_Add_EventInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加记录`)
};

/**
* | output |
* | --- |
* | "Add to the log" |
*
* @param {Profile_Add_EventInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_add_event = /** @type {((inputs?: Profile_Add_EventInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_Add_EventInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_profile_add_event(inputs)
	return en_profile_add_event(inputs)
});