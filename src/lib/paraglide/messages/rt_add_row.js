/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_Add_RowInputs */

const en_rt_add_row = /** @type {(inputs: Rt_Add_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add person`)
};

const zh_cn2_rt_add_row = /** @type {(inputs: Rt_Add_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加人员`)
};

/**
* | output |
* | --- |
* | "Add person" |
*
* @param {Rt_Add_RowInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_add_row = /** @type {((inputs?: Rt_Add_RowInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Add_RowInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_add_row(inputs)
	return en_rt_add_row(inputs)
});