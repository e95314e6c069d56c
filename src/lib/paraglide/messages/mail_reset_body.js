/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ link: NonNullable<unknown> }} Mail_Reset_BodyInputs */

const en_mail_reset_body = /** @type {(inputs: Mail_Reset_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Someone asked to reset the password of your Deal rooms account.

Open this link to choose a new password (it works once, for one hour):
${i?.link}

If it was not you, ignore this mail: your password stays as it is.`)
};

const zh_cn2_mail_reset_body = /** @type {(inputs: Mail_Reset_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`有人申请重置你的 Deal rooms 账户密码。

打开以下链接设置新密码（仅可使用一次，一小时内有效）：
${i?.link}

如果不是你本人操作，请忽略本邮件，你的密码不会改变。`)
};

/**
* | output |
* | --- |
* | "Someone asked to reset the password of your Deal rooms account. Open this link to choose a new password (it works once, for one hour): {link} If it was not y..." |
*
* @param {Mail_Reset_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mail_reset_body = /** @type {((inputs: Mail_Reset_BodyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mail_Reset_BodyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_mail_reset_body(inputs)
	return en_mail_reset_body(inputs)
});