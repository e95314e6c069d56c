/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_Signin_JoinInputs */

const en_invite_signin_join = /** @type {(inputs: Invite_Signin_JoinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in and join`)
};

const zh_cn2_invite_signin_join = /** @type {(inputs: Invite_Signin_JoinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登录并加入`)
};

/**
* | output |
* | --- |
* | "Sign in and join" |
*
* @param {Invite_Signin_JoinInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_signin_join = /** @type {((inputs?: Invite_Signin_JoinInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Signin_JoinInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_invite_signin_join(inputs)
	return en_invite_signin_join(inputs)
});