/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Obj_QuantityInputs */

const en_obj_quantity = /** @type {(inputs: Obj_QuantityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Quantity`)
};

const zh_cn2_obj_quantity = /** @type {(inputs: Obj_QuantityInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`数量`)
};

/**
* | output |
* | --- |
* | "Quantity" |
*
* @param {Obj_QuantityInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const obj_quantity = /** @type {((inputs?: Obj_QuantityInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Obj_QuantityInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_obj_quantity(inputs)
	return en_obj_quantity(inputs)
});