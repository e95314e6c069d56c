/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Invite_TitleInputs */

const en_team_invite_title = /** @type {(inputs: Team_Invite_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invite a colleague`)
};

const zh_cn2_team_invite_title = /** @type {(inputs: Team_Invite_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`邀请同事`)
};

/**
* | output |
* | --- |
* | "Invite a colleague" |
*
* @param {Team_Invite_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_invite_title = /** @type {((inputs?: Team_Invite_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Invite_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_invite_title(inputs)
	return en_team_invite_title(inputs)
});