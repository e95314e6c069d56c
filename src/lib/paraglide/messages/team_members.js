/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Team_MembersInputs */

const en_team_members = /** @type {(inputs: Team_MembersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`People in this workspace (${i?.count})`)
};

const zh_cn2_team_members = /** @type {(inputs: Team_MembersInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`工作区成员（${i?.count}）`)
};

/**
* | output |
* | --- |
* | "People in this workspace ({count})" |
*
* @param {Team_MembersInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_members = /** @type {((inputs: Team_MembersInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_MembersInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_members(inputs)
	return en_team_members(inputs)
});