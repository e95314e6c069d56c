/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ signin: NonNullable<unknown>, forgot: NonNullable<unknown> }} Mail_Signup_Existing_BodyInputs */

const en_mail_signup_existing_body = /** @type {(inputs: Mail_Signup_Existing_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Someone (we hope you) tried to sign up for Deal rooms with this address, which already has an account. No new account was created.

Sign in: ${i?.signin}
Forgot your password? ${i?.forgot}

If it was not you, ignore this mail: nothing has changed.`)
};

const zh_cn2_mail_signup_existing_body = /** @type {(inputs: Mail_Signup_Existing_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`有人（希望是你）尝试用此邮箱注册 Deal rooms，但该邮箱已有账户，因此没有创建新账户。

登录：${i?.signin}
忘记密码？${i?.forgot}

如果不是你本人操作，请忽略本邮件，一切保持不变。`)
};

/**
* | output |
* | --- |
* | "Someone (we hope you) tried to sign up for Deal rooms with this address, which already has an account. No new account was created. Sign in: {signin} Forgot y..." |
*
* @param {Mail_Signup_Existing_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mail_signup_existing_body = /** @type {((inputs: Mail_Signup_Existing_BodyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mail_Signup_Existing_BodyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_mail_signup_existing_body(inputs)
	return en_mail_signup_existing_body(inputs)
});