/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ link: NonNullable<unknown> }} Mail_Signup_BodyInputs */

const en_mail_signup_body = /** @type {(inputs: Mail_Signup_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Someone (we hope you) signed up for Deal rooms with this address.

Open this link to finish creating your account (it works once, for 24 hours):
${i?.link}

If it was not you, ignore this mail: no account is created.`)
};

const zh_cn2_mail_signup_body = /** @type {(inputs: Mail_Signup_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`有人（希望是你）使用此邮箱注册了 Deal rooms。

打开以下链接完成注册（仅可使用一次，24 小时内有效）：
${i?.link}

如果不是你本人操作，请忽略本邮件，不会创建任何账户。`)
};

/**
* | output |
* | --- |
* | "Someone (we hope you) signed up for Deal rooms with this address. Open this link to finish creating your account (it works once, for 24 hours): {link} If it ..." |
*
* @param {Mail_Signup_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mail_signup_body = /** @type {((inputs: Mail_Signup_BodyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mail_Signup_BodyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_mail_signup_body(inputs)
	return en_mail_signup_body(inputs)
});