/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_TitleInputs */

const en_team_title = /** @type {(inputs: Team_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Members`)
};

const zh_cn2_team_title = /** @type {(inputs: Team_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`成员`)
};

/**
* | output |
* | --- |
* | "Members" |
*
* @param {Team_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_title = /** @type {((inputs?: Team_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_title(inputs)
	return en_team_title(inputs)
});