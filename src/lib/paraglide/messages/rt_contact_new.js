/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Rt_Contact_NewInputs */

const en_rt_contact_new = /** @type {(inputs: Rt_Contact_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`New contact: ${i?.name}`)
};

const zh_cn2_rt_contact_new = /** @type {(inputs: Rt_Contact_NewInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`新建联系人:${i?.name}`)
};

/**
* | output |
* | --- |
* | "New contact: {name}" |
*
* @param {Rt_Contact_NewInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_contact_new = /** @type {((inputs: Rt_Contact_NewInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Contact_NewInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_contact_new(inputs)
	return en_rt_contact_new(inputs)
});