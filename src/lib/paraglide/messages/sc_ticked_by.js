/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown>, date: NonNullable<unknown> }} Sc_Ticked_ByInputs */

const en_sc_ticked_by = /** @type {(inputs: Sc_Ticked_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}, ${i?.date}`)
};

const zh_cn2_sc_ticked_by = /** @type {(inputs: Sc_Ticked_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name},${i?.date}`)
};

/**
* | output |
* | --- |
* | "{name}, {date}" |
*
* @param {Sc_Ticked_ByInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_ticked_by = /** @type {((inputs: Sc_Ticked_ByInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_Ticked_ByInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sc_ticked_by(inputs)
	return en_sc_ticked_by(inputs)
});