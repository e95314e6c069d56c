/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_Signin_InsteadInputs */

const en_invite_signin_instead = /** @type {(inputs: Invite_Signin_InsteadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sign in instead`)
};

const zh_cn2_invite_signin_instead = /** @type {(inputs: Invite_Signin_InsteadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`改为登录`)
};

/**
* | output |
* | --- |
* | "Sign in instead" |
*
* @param {Invite_Signin_InsteadInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_signin_instead = /** @type {((inputs?: Invite_Signin_InsteadInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Signin_InsteadInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_invite_signin_instead(inputs)
	return en_invite_signin_instead(inputs)
});