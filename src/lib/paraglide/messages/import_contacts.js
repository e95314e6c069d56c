/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_ContactsInputs */

const en_import_contacts = /** @type {(inputs: Import_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contacts`)
};

const zh_cn2_import_contacts = /** @type {(inputs: Import_ContactsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`联系人`)
};

/**
* | output |
* | --- |
* | "Contacts" |
*
* @param {Import_ContactsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_contacts = /** @type {((inputs?: Import_ContactsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_ContactsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_contacts(inputs)
	return en_import_contacts(inputs)
});