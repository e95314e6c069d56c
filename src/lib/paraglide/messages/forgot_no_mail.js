/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Forgot_No_MailInputs */

const en_forgot_no_mail = /** @type {(inputs: Forgot_No_MailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server cannot send mail. Ask an owner of your workspace for a reset link: they make one on the members page.`)
};

const zh_cn2_forgot_no_mail = /** @type {(inputs: Forgot_No_MailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此服务器无法发送邮件。请联系工作区所有者，在成员页面为你生成重置链接。`)
};

/**
* | output |
* | --- |
* | "This server cannot send mail. Ask an owner of your workspace for a reset link: they make one on the members page." |
*
* @param {Forgot_No_MailInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const forgot_no_mail = /** @type {((inputs?: Forgot_No_MailInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_No_MailInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_forgot_no_mail(inputs)
	return en_forgot_no_mail(inputs)
});