/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Invite_Mail_OnInputs */

const en_team_invite_mail_on = /** @type {(inputs: Team_Invite_Mail_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`We mail the invitation; you also get its link to share yourself.`)
};

const zh_cn2_team_invite_mail_on = /** @type {(inputs: Team_Invite_Mail_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我们会发送邀请邮件；你也会得到邀请链接，可自行分享。`)
};

/**
* | output |
* | --- |
* | "We mail the invitation; you also get its link to share yourself." |
*
* @param {Team_Invite_Mail_OnInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_invite_mail_on = /** @type {((inputs?: Team_Invite_Mail_OnInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Invite_Mail_OnInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_invite_mail_on(inputs)
	return en_team_invite_mail_on(inputs)
});