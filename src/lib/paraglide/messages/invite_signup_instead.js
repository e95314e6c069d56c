/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Invite_Signup_InsteadInputs */

const en_invite_signup_instead = /** @type {(inputs: Invite_Signup_InsteadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create a new account instead`)
};

const zh_cn2_invite_signup_instead = /** @type {(inputs: Invite_Signup_InsteadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`改为创建新账户`)
};

/**
* | output |
* | --- |
* | "Create a new account instead" |
*
* @param {Invite_Signup_InsteadInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const invite_signup_instead = /** @type {((inputs?: Invite_Signup_InsteadInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Invite_Signup_InsteadInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_invite_signup_instead(inputs)
	return en_invite_signup_instead(inputs)
});