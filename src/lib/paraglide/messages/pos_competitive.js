/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pos_CompetitiveInputs */

const en_pos_competitive = /** @type {(inputs: Pos_CompetitiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Competitive position`)
};

const zh_cn2_pos_competitive = /** @type {(inputs: Pos_CompetitiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`竞争位置`)
};

/**
* | output |
* | --- |
* | "Competitive position" |
*
* @param {Pos_CompetitiveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pos_competitive = /** @type {((inputs?: Pos_CompetitiveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pos_CompetitiveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pos_competitive(inputs)
	return en_pos_competitive(inputs)
});