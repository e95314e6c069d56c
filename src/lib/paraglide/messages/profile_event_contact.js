/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Profile_Event_ContactInputs */

const en_profile_event_contact = /** @type {(inputs: Profile_Event_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`About`)
};

const zh_cn2_profile_event_contact = /** @type {(inputs: Profile_Event_ContactInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`相关人员`)
};

/**
* | output |
* | --- |
* | "About" |
*
* @param {Profile_Event_ContactInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_event_contact = /** @type {((inputs?: Profile_Event_ContactInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_Event_ContactInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_profile_event_contact(inputs)
	return en_profile_event_contact(inputs)
});