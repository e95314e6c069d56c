/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Ch_AmountInputs */

const en_pl_ch_amount = /** @type {(inputs: Pl_Ch_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`amount`)
};

const zh_cn2_pl_ch_amount = /** @type {(inputs: Pl_Ch_AmountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`金额变化`)
};

/**
* | output |
* | --- |
* | "amount" |
*
* @param {Pl_Ch_AmountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_amount = /** @type {((inputs?: Pl_Ch_AmountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_AmountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_ch_amount(inputs)
	return en_pl_ch_amount(inputs)
});