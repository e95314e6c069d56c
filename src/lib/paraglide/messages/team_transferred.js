/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_TransferredInputs */

const en_team_transferred = /** @type {(inputs: Team_TransferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ownership handed over. You are now a manager.`)
};

const zh_cn2_team_transferred = /** @type {(inputs: Team_TransferredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所有权已转交。你现在是经理。`)
};

/**
* | output |
* | --- |
* | "Ownership handed over. You are now a manager." |
*
* @param {Team_TransferredInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_transferred = /** @type {((inputs?: Team_TransferredInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_TransferredInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_transferred(inputs)
	return en_team_transferred(inputs)
});