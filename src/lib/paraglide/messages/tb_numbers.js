/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_NumbersInputs */

const en_tb_numbers = /** @type {(inputs: Tb_NumbersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Numbered list`)
};

const zh_cn2_tb_numbers = /** @type {(inputs: Tb_NumbersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`有序列表`)
};

/**
* | output |
* | --- |
* | "Numbered list" |
*
* @param {Tb_NumbersInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_numbers = /** @type {((inputs?: Tb_NumbersInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_NumbersInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_numbers(inputs)
	return en_tb_numbers(inputs)
});