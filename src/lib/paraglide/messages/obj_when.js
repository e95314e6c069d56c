/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Obj_WhenInputs */

const en_obj_when = /** @type {(inputs: Obj_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By when`)
};

const zh_cn2_obj_when = /** @type {(inputs: Obj_WhenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`时间`)
};

/**
* | output |
* | --- |
* | "By when" |
*
* @param {Obj_WhenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const obj_when = /** @type {((inputs?: Obj_WhenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Obj_WhenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_obj_when(inputs)
	return en_obj_when(inputs)
});