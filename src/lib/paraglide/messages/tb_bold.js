/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_BoldInputs */

const en_tb_bold = /** @type {(inputs: Tb_BoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Bold`)
};

const zh_cn2_tb_bold = /** @type {(inputs: Tb_BoldInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`加粗`)
};

/**
* | output |
* | --- |
* | "Bold" |
*
* @param {Tb_BoldInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_bold = /** @type {((inputs?: Tb_BoldInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_BoldInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_bold(inputs)
	return en_tb_bold(inputs)
});