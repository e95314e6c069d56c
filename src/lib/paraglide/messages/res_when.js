/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Res_WhenInputs */

const en_res_when = /** @type {(inputs: Res_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`When`)
};

const zh_cn2_res_when = /** @type {(inputs: Res_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`何时`)
};

/**
* | output |
* | --- |
* | "When" |
*
* @param {Res_WhenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_when = /** @type {((inputs?: Res_WhenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_WhenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_res_when(inputs)
	return en_res_when(inputs)
});