/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_H2Inputs */

const en_tb_h2 = /** @type {(inputs: Tb_H2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Heading 2`)
};

const zh_cn2_tb_h2 = /** @type {(inputs: Tb_H2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`二级标题`)
};

/**
* | output |
* | --- |
* | "Heading 2" |
*
* @param {Tb_H2Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_h2 = /** @type {((inputs?: Tb_H2Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_H2Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_h2(inputs)
	return en_tb_h2(inputs)
});