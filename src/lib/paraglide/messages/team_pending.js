/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_PendingInputs */

const en_team_pending = /** @type {(inputs: Team_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pending invitations`)
};

const zh_cn2_team_pending = /** @type {(inputs: Team_PendingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`待接受的邀请`)
};

/**
* | output |
* | --- |
* | "Pending invitations" |
*
* @param {Team_PendingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_pending = /** @type {((inputs?: Team_PendingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_PendingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_pending(inputs)
	return en_team_pending(inputs)
});