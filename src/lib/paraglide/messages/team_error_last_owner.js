/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Error_Last_OwnerInputs */

const en_team_error_last_owner = /** @type {(inputs: Team_Error_Last_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A workspace always needs an owner: make someone else owner first.`)
};

const zh_cn2_team_error_last_owner = /** @type {(inputs: Team_Error_Last_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`工作区必须有一位所有者：请先将其他人设为所有者。`)
};

/**
* | output |
* | --- |
* | "A workspace always needs an owner: make someone else owner first." |
*
* @param {Team_Error_Last_OwnerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_error_last_owner = /** @type {((inputs?: Team_Error_Last_OwnerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Error_Last_OwnerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_error_last_owner(inputs)
	return en_team_error_last_owner(inputs)
});