/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Obj_RevenueInputs */

const en_obj_revenue = /** @type {(inputs: Obj_RevenueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Revenue`)
};

const zh_cn2_obj_revenue = /** @type {(inputs: Obj_RevenueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`收入`)
};

/**
* | output |
* | --- |
* | "Revenue" |
*
* @param {Obj_RevenueInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const obj_revenue = /** @type {((inputs?: Obj_RevenueInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Obj_RevenueInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_obj_revenue(inputs)
	return en_obj_revenue(inputs)
});