/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_H1Inputs */

const en_tb_h1 = /** @type {(inputs: Tb_H1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heading 1`)
};

const zh_cn2_tb_h1 = /** @type {(inputs: Tb_H1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`一级标题`)
};

/**
* | output |
* | --- |
* | "Heading 1" |
*
* @param {Tb_H1Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_h1 = /** @type {((inputs?: Tb_H1Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_H1Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_h1(inputs)
	return en_tb_h1(inputs)
});