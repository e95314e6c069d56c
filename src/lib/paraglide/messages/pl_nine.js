/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_NineInputs */

const en_pl_nine = /** @type {(inputs: Pl_NineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`9Q`)
};

const zh_cn2_pl_nine = /** @type {(inputs: Pl_NineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`九问`)
};

/**
* | output |
* | --- |
* | "9Q" |
*
* @param {Pl_NineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_nine = /** @type {((inputs?: Pl_NineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_NineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_nine(inputs)
	return en_pl_nine(inputs)
});