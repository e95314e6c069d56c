/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ inviter: NonNullable<unknown>, workspace: NonNullable<unknown> }} Mail_Invite_SubjectInputs */

const en_mail_invite_subject = /** @type {(inputs: Mail_Invite_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.inviter} invited you to ${i?.workspace} on Deal rooms`)
};

const zh_cn2_mail_invite_subject = /** @type {(inputs: Mail_Invite_SubjectInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.inviter} 邀请你加入 Deal rooms 上的 ${i?.workspace}`)
};

/**
* | output |
* | --- |
* | "{inviter} invited you to {workspace} on Deal rooms" |
*
* @param {Mail_Invite_SubjectInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mail_invite_subject = /** @type {((inputs: Mail_Invite_SubjectInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mail_Invite_SubjectInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_mail_invite_subject(inputs)
	return en_mail_invite_subject(inputs)
});