/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Error_Wrong_EmailInputs */

const en_team_error_wrong_email = /** @type {(inputs: Team_Error_Wrong_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This invitation was sent to another email address. Sign in with that address, or ask for a new invitation.`)
};

const zh_cn2_team_error_wrong_email = /** @type {(inputs: Team_Error_Wrong_EmailInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此邀请发给了另一个邮箱。请用该邮箱登录，或请对方重新邀请。`)
};

/**
* | output |
* | --- |
* | "This invitation was sent to another email address. Sign in with that address, or ask for a new invitation." |
*
* @param {Team_Error_Wrong_EmailInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_wrong_email = /** @type {((inputs?: Team_Error_Wrong_EmailInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_Wrong_EmailInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_error_wrong_email(inputs)
	return en_team_error_wrong_email(inputs)
});