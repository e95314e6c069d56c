/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Mail_Signup_Existing_SubjectInputs */

const en_mail_signup_existing_subject = /** @type {(inputs: Mail_Signup_Existing_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You already have a Deal rooms account`)
};

const zh_cn2_mail_signup_existing_subject = /** @type {(inputs: Mail_Signup_Existing_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你已有 Deal rooms 账户`)
};

/**
* | output |
* | --- |
* | "You already have a Deal rooms account" |
*
* @param {Mail_Signup_Existing_SubjectInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mail_signup_existing_subject = /** @type {((inputs?: Mail_Signup_Existing_SubjectInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mail_Signup_Existing_SubjectInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_mail_signup_existing_subject(inputs)
	return en_mail_signup_existing_subject(inputs)
});