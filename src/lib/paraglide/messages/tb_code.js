/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_CodeInputs */

const en_tb_code = /** @type {(inputs: Tb_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Code`)
};

const zh_cn2_tb_code = /** @type {(inputs: Tb_CodeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`代码`)
};

/**
* | output |
* | --- |
* | "Code" |
*
* @param {Tb_CodeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_code = /** @type {((inputs?: Tb_CodeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_CodeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_code(inputs)
	return en_tb_code(inputs)
});