/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hm_GridInputs */

const en_hm_grid = /** @type {(inputs: Hm_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Influence × support`)
};

const zh_cn2_hm_grid = /** @type {(inputs: Hm_GridInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`影响力 × 支持度`)
};

/**
* | output |
* | --- |
* | "Influence × support" |
*
* @param {Hm_GridInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hm_grid = /** @type {((inputs?: Hm_GridInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hm_GridInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hm_grid(inputs)
	return en_hm_grid(inputs)
});