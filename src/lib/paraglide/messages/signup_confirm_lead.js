/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ email: NonNullable<unknown>, name: NonNullable<unknown> }} Signup_Confirm_LeadInputs */

const en_signup_confirm_lead = /** @type {(inputs: Signup_Confirm_LeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Create the account ${i?.email} for ${i?.name}?`)
};

const zh_cn2_signup_confirm_lead = /** @type {(inputs: Signup_Confirm_LeadInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`为 ${i?.name} 创建账户 ${i?.email}？`)
};

/**
* | output |
* | --- |
* | "Create the account {email} for {name}?" |
*
* @param {Signup_Confirm_LeadInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const signup_confirm_lead = /** @type {((inputs: Signup_Confirm_LeadInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Signup_Confirm_LeadInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_signup_confirm_lead(inputs)
	return en_signup_confirm_lead(inputs)
});