/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Pending_NoneInputs */

const en_team_pending_none = /** @type {(inputs: Team_Pending_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No pending invitations.`)
};

const zh_cn2_team_pending_none = /** @type {(inputs: Team_Pending_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`没有待接受的邀请。`)
};

/**
* | output |
* | --- |
* | "No pending invitations." |
*
* @param {Team_Pending_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_pending_none = /** @type {((inputs?: Team_Pending_NoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Pending_NoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_pending_none(inputs)
	return en_team_pending_none(inputs)
});