/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Error_Not_MemberInputs */

const en_team_error_not_member = /** @type {(inputs: Team_Error_Not_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`That person is not (or no longer) a member of this workspace. Reload the page.`)
};

const zh_cn2_team_error_not_member = /** @type {(inputs: Team_Error_Not_MemberInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此人不是（或已不是）此工作区的成员。请刷新页面。`)
};

/**
* | output |
* | --- |
* | "That person is not (or no longer) a member of this workspace. Reload the page." |
*
* @param {Team_Error_Not_MemberInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_not_member = /** @type {((inputs?: Team_Error_Not_MemberInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_Not_MemberInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_error_not_member(inputs)
	return en_team_error_not_member(inputs)
});