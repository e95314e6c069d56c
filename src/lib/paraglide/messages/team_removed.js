/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Team_RemovedInputs */

const en_team_removed = /** @type {(inputs: Team_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Removed. Their open deals were closed for them.`)
};

const zh_cn2_team_removed = /** @type {(inputs: Team_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已移除。其打开的商机已被关闭。`)
};

/**
* | output |
* | --- |
* | "Removed. Their open deals were closed for them." |
*
* @param {Team_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const team_removed = /** @type {((inputs?: Team_RemovedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Team_RemovedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_team_removed(inputs)
	return en_team_removed(inputs)
});