/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pb_TacticsInputs */

const en_pb_tactics = /** @type {(inputs: Pb_TacticsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tactics`)
};

const zh_cn2_pb_tactics = /** @type {(inputs: Pb_TacticsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`手段`)
};

/**
* | output |
* | --- |
* | "Tactics" |
*
* @param {Pb_TacticsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_tactics = /** @type {((inputs?: Pb_TacticsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_TacticsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pb_tactics(inputs)
	return en_pb_tactics(inputs)
});