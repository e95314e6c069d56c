/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ from: NonNullable<unknown> }} Pl_Flow_SlippedInputs */

const en_pl_flow_slipped = /** @type {(inputs: Pl_Flow_SlippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`slipped back from ${i?.from}`)
};

const zh_cn2_pl_flow_slipped = /** @type {(inputs: Pl_Flow_SlippedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`从${i?.from}退回`)
};

/**
* | output |
* | --- |
* | "slipped back from {from}" |
*
* @param {Pl_Flow_SlippedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_flow_slipped = /** @type {((inputs: Pl_Flow_SlippedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Flow_SlippedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_flow_slipped(inputs)
	return en_pl_flow_slipped(inputs)
});