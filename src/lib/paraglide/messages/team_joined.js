/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_JoinedInputs */

const en_team_joined = /** @type {(inputs: Team_JoinedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Joined`)
};

const zh_cn2_team_joined = /** @type {(inputs: Team_JoinedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`加入时间`)
};

/**
* | output |
* | --- |
* | "Joined" |
*
* @param {Team_JoinedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_joined = /** @type {((inputs?: Team_JoinedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_JoinedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_joined(inputs)
	return en_team_joined(inputs)
});