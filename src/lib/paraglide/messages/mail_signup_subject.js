/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Mail_Signup_SubjectInputs */

const en_mail_signup_subject = /** @type {(inputs: Mail_Signup_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Finish creating your Deal rooms account`)
};

const zh_cn2_mail_signup_subject = /** @type {(inputs: Mail_Signup_SubjectInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`完成 Deal rooms 账户注册`)
};

/**
* | output |
* | --- |
* | "Finish creating your Deal rooms account" |
*
* @param {Mail_Signup_SubjectInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mail_signup_subject = /** @type {((inputs?: Mail_Signup_SubjectInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mail_Signup_SubjectInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_mail_signup_subject(inputs)
	return en_mail_signup_subject(inputs)
});