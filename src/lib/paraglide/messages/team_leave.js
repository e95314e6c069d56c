/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_LeaveInputs */

const en_team_leave = /** @type {(inputs: Team_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave`)
};

const zh_cn2_team_leave = /** @type {(inputs: Team_LeaveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`退出`)
};

/**
* | output |
* | --- |
* | "Leave" |
*
* @param {Team_LeaveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_leave = /** @type {((inputs?: Team_LeaveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_LeaveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_leave(inputs)
	return en_team_leave(inputs)
});