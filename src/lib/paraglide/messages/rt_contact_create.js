/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_Contact_CreateInputs */

const en_rt_contact_create = /** @type {(inputs: Rt_Contact_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save as contact`)
};

const zh_cn2_rt_contact_create = /** @type {(inputs: Rt_Contact_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`存为联系人`)
};

/**
* | output |
* | --- |
* | "Save as contact" |
*
* @param {Rt_Contact_CreateInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_contact_create = /** @type {((inputs?: Rt_Contact_CreateInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Contact_CreateInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_contact_create(inputs)
	return en_rt_contact_create(inputs)
});