/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Res_WhoInputs */

const en_res_who = /** @type {(inputs: Res_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Who or what`)
};

const zh_cn2_res_who = /** @type {(inputs: Res_WhoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`谁 / 什么`)
};

/**
* | output |
* | --- |
* | "Who or what" |
*
* @param {Res_WhoInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_who = /** @type {((inputs?: Res_WhoInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_WhoInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_res_who(inputs)
	return en_res_who(inputs)
});