/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_Code_BlockInputs */

const en_tb_code_block = /** @type {(inputs: Tb_Code_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Code block`)
};

const zh_cn2_tb_code_block = /** @type {(inputs: Tb_Code_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`代码块`)
};

/**
* | output |
* | --- |
* | "Code block" |
*
* @param {Tb_Code_BlockInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_code_block = /** @type {((inputs?: Tb_Code_BlockInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_Code_BlockInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_code_block(inputs)
	return en_tb_code_block(inputs)
});