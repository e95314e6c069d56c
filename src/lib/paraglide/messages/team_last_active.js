/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Last_ActiveInputs */

const en_team_last_active = /** @type {(inputs: Team_Last_ActiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Last active`)
};

const zh_cn2_team_last_active = /** @type {(inputs: Team_Last_ActiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最近活动`)
};

/**
* | output |
* | --- |
* | "Last active" |
*
* @param {Team_Last_ActiveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_last_active = /** @type {((inputs?: Team_Last_ActiveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Last_ActiveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_last_active(inputs)
	return en_team_last_active(inputs)
});