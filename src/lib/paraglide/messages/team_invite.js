/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_InviteInputs */

const en_team_invite = /** @type {(inputs: Team_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invite`)
};

const zh_cn2_team_invite = /** @type {(inputs: Team_InviteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`邀请`)
};

/**
* | output |
* | --- |
* | "Invite" |
*
* @param {Team_InviteInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_invite = /** @type {((inputs?: Team_InviteInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_InviteInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_invite(inputs)
	return en_team_invite(inputs)
});