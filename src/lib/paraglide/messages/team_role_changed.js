/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Role_ChangedInputs */

const en_team_role_changed = /** @type {(inputs: Team_Role_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Role changed.`)
};

const zh_cn2_team_role_changed = /** @type {(inputs: Team_Role_ChangedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`角色已修改。`)
};

/**
* | output |
* | --- |
* | "Role changed." |
*
* @param {Team_Role_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_role_changed = /** @type {((inputs?: Team_Role_ChangedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Role_ChangedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_role_changed(inputs)
	return en_team_role_changed(inputs)
});