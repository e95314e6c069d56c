/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Team_Reset_Link_MadeInputs */

const en_team_reset_link_made = /** @type {(inputs: Team_Reset_Link_MadeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Password reset link for ${i?.name}: it works once, for one hour. Send it to them yourself.`)
};

const zh_cn2_team_reset_link_made = /** @type {(inputs: Team_Reset_Link_MadeInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 的密码重置链接：仅可使用一次，一小时内有效。请自行发送给对方。`)
};

/**
* | output |
* | --- |
* | "Password reset link for {name}: it works once, for one hour. Send it to them yourself." |
*
* @param {Team_Reset_Link_MadeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_reset_link_made = /** @type {((inputs: Team_Reset_Link_MadeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Reset_Link_MadeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_reset_link_made(inputs)
	return en_team_reset_link_made(inputs)
});