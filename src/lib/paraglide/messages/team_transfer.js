/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_TransferInputs */

const en_team_transfer = /** @type {(inputs: Team_TransferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Make owner`)
};

const zh_cn2_team_transfer = /** @type {(inputs: Team_TransferInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`设为所有者`)
};

/**
* | output |
* | --- |
* | "Make owner" |
*
* @param {Team_TransferInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_transfer = /** @type {((inputs?: Team_TransferInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_TransferInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_transfer(inputs)
	return en_team_transfer(inputs)
});