/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Error_Already_InvitedInputs */

const en_team_error_already_invited = /** @type {(inputs: Team_Error_Already_InvitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This address already has an open invitation. Revoke it first to send a new one.`)
};

const zh_cn2_team_error_already_invited = /** @type {(inputs: Team_Error_Already_InvitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`该邮箱已有一个待接受的邀请。如需重新发送，请先撤销。`)
};

/**
* | output |
* | --- |
* | "This address already has an open invitation. Revoke it first to send a new one." |
*
* @param {Team_Error_Already_InvitedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_already_invited = /** @type {((inputs?: Team_Error_Already_InvitedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_Already_InvitedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_error_already_invited(inputs)
	return en_team_error_already_invited(inputs)
});