/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Res_ForInputs */

const en_res_for = /** @type {(inputs: Res_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`For whom`)
};

const zh_cn2_res_for = /** @type {(inputs: Res_ForInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`对接谁`)
};

/**
* | output |
* | --- |
* | "For whom" |
*
* @param {Res_ForInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_for = /** @type {((inputs?: Res_ForInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_ForInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_res_for(inputs)
	return en_res_for(inputs)
});