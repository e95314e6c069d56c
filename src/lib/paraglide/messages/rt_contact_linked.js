/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_Contact_LinkedInputs */

const en_rt_contact_linked = /** @type {(inputs: Rt_Contact_LinkedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Linked to the account's contact`)
};

const zh_cn2_rt_contact_linked = /** @type {(inputs: Rt_Contact_LinkedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已关联客户联系人`)
};

/**
* | output |
* | --- |
* | "Linked to the account's contact" |
*
* @param {Rt_Contact_LinkedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_contact_linked = /** @type {((inputs?: Rt_Contact_LinkedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Contact_LinkedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_contact_linked(inputs)
	return en_rt_contact_linked(inputs)
});