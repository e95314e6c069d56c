/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown> }} Pl_Flow_AdvancedInputs */

const en_pl_flow_advanced = /** @type {(inputs: Pl_Flow_AdvancedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`advanced from ${i?.from}`)
};

const zh_cn2_pl_flow_advanced = /** @type {(inputs: Pl_Flow_AdvancedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`从${i?.from}推进`)
};

/**
* | output |
* | --- |
* | "advanced from {from}" |
*
* @param {Pl_Flow_AdvancedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_flow_advanced = /** @type {((inputs: Pl_Flow_AdvancedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Flow_AdvancedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_flow_advanced(inputs)
	return en_pl_flow_advanced(inputs)
});