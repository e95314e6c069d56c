/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Error_Already_MemberInputs */

const en_team_error_already_member = /** @type {(inputs: Team_Error_Already_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That person is already a member of this workspace.`)
};

const zh_cn2_team_error_already_member = /** @type {(inputs: Team_Error_Already_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此人已是此工作区的成员。`)
};

/**
* | output |
* | --- |
* | "That person is already a member of this workspace." |
*
* @param {Team_Error_Already_MemberInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_already_member = /** @type {((inputs?: Team_Error_Already_MemberInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_Already_MemberInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_error_already_member(inputs)
	return en_team_error_already_member(inputs)
});