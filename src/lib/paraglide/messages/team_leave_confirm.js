/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Leave_ConfirmInputs */

const en_team_leave_confirm = /** @type {(inputs: Team_Leave_ConfirmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave this workspace? You lose access to its deals at once.`)
};

const zh_cn2_team_leave_confirm = /** @type {(inputs: Team_Leave_ConfirmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`确定退出此工作区?你将立即失去其所有商机的访问权限。`)
};

/**
* | output |
* | --- |
* | "Leave this workspace? You lose access to its deals at once." |
*
* @param {Team_Leave_ConfirmInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_leave_confirm = /** @type {((inputs?: Team_Leave_ConfirmInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Leave_ConfirmInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_leave_confirm(inputs)
	return en_team_leave_confirm(inputs)
});