/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_ItalicInputs */

const en_tb_italic = /** @type {(inputs: Tb_ItalicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Italic`)
};

const zh_cn2_tb_italic = /** @type {(inputs: Tb_ItalicInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`斜体`)
};

/**
* | output |
* | --- |
* | "Italic" |
*
* @param {Tb_ItalicInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_italic = /** @type {((inputs?: Tb_ItalicInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_ItalicInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_italic(inputs)
	return en_tb_italic(inputs)
});