/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Profile_Event_TextInputs */

const en_profile_event_text = /** @type {(inputs: Profile_Event_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What happened`)
};

const zh_cn2_profile_event_text = /** @type {(inputs: Profile_Event_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`发生了什么`)
};

/**
* | output |
* | --- |
* | "What happened" |
*
* @param {Profile_Event_TextInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_event_text = /** @type {((inputs?: Profile_Event_TextInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_Event_TextInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_profile_event_text(inputs)
	return en_profile_event_text(inputs)
});