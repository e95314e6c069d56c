/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Profile_ContactsInputs */

const en_profile_contacts = /** @type {(inputs: Profile_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contacts`)
};

const zh_cn2_profile_contacts = /** @type {(inputs: Profile_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`联系人`)
};

/**
* | output |
* | --- |
* | "Contacts" |
*
* @param {Profile_ContactsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const profile_contacts = /** @type {((inputs?: Profile_ContactsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Profile_ContactsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_profile_contacts(inputs)
	return en_profile_contacts(inputs)
});