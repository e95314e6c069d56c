/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ inviter: NonNullable<unknown>, workspace: NonNullable<unknown>, link: NonNullable<unknown>, expires: NonNullable<unknown> }} Mail_Invite_BodyInputs */

const en_mail_invite_body = /** @type {(inputs: Mail_Invite_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.inviter} invited you to join the workspace “${i?.workspace}” on Deal rooms.

Open this link to join:
${i?.link}

The link works once and expires on ${i?.expires}. If you did not expect this invitation, you can ignore this mail.`)
};

const zh_cn2_mail_invite_body = /** @type {(inputs: Mail_Invite_BodyInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.inviter} 邀请你加入 Deal rooms 上的工作区“${i?.workspace}”。

打开以下链接即可加入：
${i?.link}

链接仅可使用一次，将于 ${i?.expires} 过期。如果你没有预期收到此邀请，请忽略本邮件。`)
};

/**
* | output |
* | --- |
* | "{inviter} invited you to join the workspace “{workspace}” on Deal rooms. Open this link to join: {link} The link works once and expires on {expires}. If you ..." |
*
* @param {Mail_Invite_BodyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mail_invite_body = /** @type {((inputs: Mail_Invite_BodyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mail_Invite_BodyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_mail_invite_body(inputs)
	return en_mail_invite_body(inputs)
});