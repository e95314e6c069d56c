/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ reason: NonNullable<unknown> }} Team_Mail_FailedInputs */

const en_team_mail_failed = /** @type {(inputs: Team_Mail_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The mail could not be sent (${i?.reason}). The invitation stays: copy the link and send it yourself.`)
};

const zh_cn2_team_mail_failed = /** @type {(inputs: Team_Mail_FailedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`邮件发送失败（${i?.reason}）。邀请仍然有效：请复制链接自行发送。`)
};

/**
* | output |
* | --- |
* | "The mail could not be sent ({reason}). The invitation stays: copy the link and send it yourself." |
*
* @param {Team_Mail_FailedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_mail_failed = /** @type {((inputs: Team_Mail_FailedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Mail_FailedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_mail_failed(inputs)
	return en_team_mail_failed(inputs)
});