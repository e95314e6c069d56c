/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_H3Inputs */

const en_tb_h3 = /** @type {(inputs: Tb_H3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heading 3`)
};

const zh_cn2_tb_h3 = /** @type {(inputs: Tb_H3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`三级标题`)
};

/**
* | output |
* | --- |
* | "Heading 3" |
*
* @param {Tb_H3Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_h3 = /** @type {((inputs?: Tb_H3Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_H3Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_h3(inputs)
	return en_tb_h3(inputs)
});