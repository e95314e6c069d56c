/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_StrikeInputs */

const en_tb_strike = /** @type {(inputs: Tb_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Strikethrough`)
};

const zh_cn2_tb_strike = /** @type {(inputs: Tb_StrikeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`删除线`)
};

/**
* | output |
* | --- |
* | "Strikethrough" |
*
* @param {Tb_StrikeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_strike = /** @type {((inputs?: Tb_StrikeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_StrikeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_strike(inputs)
	return en_tb_strike(inputs)
});