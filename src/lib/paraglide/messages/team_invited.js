/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ email: NonNullable<unknown> }} Team_InvitedInputs */

const en_team_invited = /** @type {(inputs: Team_InvitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Invitation for ${i?.email} created.`)
};

const zh_cn2_team_invited = /** @type {(inputs: Team_InvitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已为 ${i?.email} 创建邀请。`)
};

/**
* | output |
* | --- |
* | "Invitation for {email} created." |
*
* @param {Team_InvitedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_invited = /** @type {((inputs: Team_InvitedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_InvitedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_invited(inputs)
	return en_team_invited(inputs)
});