/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Error_ForbiddenInputs */

const en_team_error_forbidden = /** @type {(inputs: Team_Error_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your role in this workspace does not allow that. Ask an owner.`)
};

const zh_cn2_team_error_forbidden = /** @type {(inputs: Team_Error_ForbiddenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你在此工作区的角色不允许此操作。请联系所有者。`)
};

/**
* | output |
* | --- |
* | "Your role in this workspace does not allow that. Ask an owner." |
*
* @param {Team_Error_ForbiddenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_forbidden = /** @type {((inputs?: Team_Error_ForbiddenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_ForbiddenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_error_forbidden(inputs)
	return en_team_error_forbidden(inputs)
});