/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Invited_ByInputs */

const en_team_invited_by = /** @type {(inputs: Team_Invited_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Invited by`)
};

const zh_cn2_team_invited_by = /** @type {(inputs: Team_Invited_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`邀请人`)
};

/**
* | output |
* | --- |
* | "Invited by" |
*
* @param {Team_Invited_ByInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_invited_by = /** @type {((inputs?: Team_Invited_ByInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Invited_ByInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_invited_by(inputs)
	return en_team_invited_by(inputs)
});