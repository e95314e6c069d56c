/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Invite_Mail_OffInputs */

const en_team_invite_mail_off = /** @type {(inputs: Team_Invite_Mail_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This server sends no mail: copy the invitation link and send it yourself.`)
};

const zh_cn2_team_invite_mail_off = /** @type {(inputs: Team_Invite_Mail_OffInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此服务器不发送邮件：请复制邀请链接并自行发送。`)
};

/**
* | output |
* | --- |
* | "This server sends no mail: copy the invitation link and send it yourself." |
*
* @param {Team_Invite_Mail_OffInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_invite_mail_off = /** @type {((inputs?: Team_Invite_Mail_OffInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Invite_Mail_OffInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_invite_mail_off(inputs)
	return en_team_invite_mail_off(inputs)
});