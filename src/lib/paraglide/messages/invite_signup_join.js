/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_Signup_JoinInputs */

const en_invite_signup_join = /** @type {(inputs: Invite_Signup_JoinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create account and join`)
};

const zh_cn2_invite_signup_join = /** @type {(inputs: Invite_Signup_JoinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`创建账户并加入`)
};

/**
* | output |
* | --- |
* | "Create account and join" |
*
* @param {Invite_Signup_JoinInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_signup_join = /** @type {((inputs?: Invite_Signup_JoinInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Signup_JoinInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_invite_signup_join(inputs)
	return en_invite_signup_join(inputs)
});