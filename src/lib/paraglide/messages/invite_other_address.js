/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ email: NonNullable<unknown> }} Invite_Other_AddressInputs */

const en_invite_other_address = /** @type {(inputs: Invite_Other_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`You are signed in as ${i?.email}, but this invitation was sent to another address. Sign out and open the link again, or ask for an invitation to ${i?.email}.`)
};

const zh_cn2_invite_other_address = /** @type {(inputs: Invite_Other_AddressInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`你当前以 ${i?.email} 登录，但此邀请发给了另一个邮箱。请退出登录后重新打开链接，或请对方向 ${i?.email} 发送邀请。`)
};

/**
* | output |
* | --- |
* | "You are signed in as {email}, but this invitation was sent to another address. Sign out and open the link again, or ask for an invitation to {email}." |
*
* @param {Invite_Other_AddressInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_other_address = /** @type {((inputs: Invite_Other_AddressInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Other_AddressInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_invite_other_address(inputs)
	return en_invite_other_address(inputs)
});