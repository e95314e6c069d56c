/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Mail_SentInputs */

const en_team_mail_sent = /** @type {(inputs: Team_Mail_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`We mailed it the link.`)
};

const zh_cn2_team_mail_sent = /** @type {(inputs: Team_Mail_SentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`邀请链接已通过邮件发送。`)
};

/**
* | output |
* | --- |
* | "We mailed it the link." |
*
* @param {Team_Mail_SentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_mail_sent = /** @type {((inputs?: Team_Mail_SentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Mail_SentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_mail_sent(inputs)
	return en_team_mail_sent(inputs)
});