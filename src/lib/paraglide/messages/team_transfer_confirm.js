/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Team_Transfer_ConfirmInputs */

const en_team_transfer_confirm = /** @type {(inputs: Team_Transfer_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Hand ownership to ${i?.name}? You become a manager.`)
};

const zh_cn2_team_transfer_confirm = /** @type {(inputs: Team_Transfer_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`确定将所有权转交给 ${i?.name}?你将成为经理。`)
};

/**
* | output |
* | --- |
* | "Hand ownership to {name}? You become a manager." |
*
* @param {Team_Transfer_ConfirmInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_transfer_confirm = /** @type {((inputs: Team_Transfer_ConfirmInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_Transfer_ConfirmInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_transfer_confirm(inputs)
	return en_team_transfer_confirm(inputs)
});