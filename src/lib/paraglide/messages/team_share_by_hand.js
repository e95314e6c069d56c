/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_Share_By_HandInputs */

const en_team_share_by_hand = /** @type {(inputs: Team_Share_By_HandInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Share this link by hand; it works once, for 7 days.`)
};

const zh_cn2_team_share_by_hand = /** @type {(inputs: Team_Share_By_HandInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请手动分享此链接；仅可使用一次，7 天内有效。`)
};

/**
* | output |
* | --- |
* | "Share this link by hand; it works once, for 7 days." |
*
* @param {Team_Share_By_HandInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_share_by_hand = /** @type {((inputs?: Team_Share_By_HandInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Share_By_HandInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_share_by_hand(inputs)
	return en_team_share_by_hand(inputs)
});