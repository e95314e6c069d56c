/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Error_Link_GoneInputs */

const en_team_error_link_gone = /** @type {(inputs: Team_Error_Link_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This link has expired, been used or been revoked. Ask the person who sent it for a new one.`)
};

const zh_cn2_team_error_link_gone = /** @type {(inputs: Team_Error_Link_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此链接已过期、已被使用或已被撤销。请联系发送人重新发送。`)
};

/**
* | output |
* | --- |
* | "This link has expired, been used or been revoked. Ask the person who sent it for a new one." |
*
* @param {Team_Error_Link_GoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_link_gone = /** @type {((inputs?: Team_Error_Link_GoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_Link_GoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_error_link_gone(inputs)
	return en_team_error_link_gone(inputs)
});