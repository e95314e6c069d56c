/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_ExpiresInputs */

const en_team_expires = /** @type {(inputs: Team_ExpiresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Expires`)
};

const zh_cn2_team_expires = /** @type {(inputs: Team_ExpiresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`过期时间`)
};

/**
* | output |
* | --- |
* | "Expires" |
*
* @param {Team_ExpiresInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_expires = /** @type {((inputs?: Team_ExpiresInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_ExpiresInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_expires(inputs)
	return en_team_expires(inputs)
});