/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Obj_WhomInputs */

const en_obj_whom = /** @type {(inputs: Obj_WhomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`To whom`)
};

const zh_cn2_obj_whom = /** @type {(inputs: Obj_WhomInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户`)
};

/**
* | output |
* | --- |
* | "To whom" |
*
* @param {Obj_WhomInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const obj_whom = /** @type {((inputs?: Obj_WhomInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Obj_WhomInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_obj_whom(inputs)
	return en_obj_whom(inputs)
});