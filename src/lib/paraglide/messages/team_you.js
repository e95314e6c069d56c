/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_YouInputs */

const en_team_you = /** @type {(inputs: Team_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`you`)
};

const zh_cn2_team_you = /** @type {(inputs: Team_YouInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你`)
};

/**
* | output |
* | --- |
* | "you" |
*
* @param {Team_YouInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_you = /** @type {((inputs?: Team_YouInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_YouInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_you(inputs)
	return en_team_you(inputs)
});