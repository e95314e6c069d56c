/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Reset_LinkInputs */

const en_team_reset_link = /** @type {(inputs: Team_Reset_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reset link`)
};

const zh_cn2_team_reset_link = /** @type {(inputs: Team_Reset_LinkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重置链接`)
};

/**
* | output |
* | --- |
* | "Reset link" |
*
* @param {Team_Reset_LinkInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_reset_link = /** @type {((inputs?: Team_Reset_LinkInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Reset_LinkInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_reset_link(inputs)
	return en_team_reset_link(inputs)
});