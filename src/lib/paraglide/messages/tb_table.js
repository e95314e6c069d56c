/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_TableInputs */

const en_tb_table = /** @type {(inputs: Tb_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Table`)
};

const zh_cn2_tb_table = /** @type {(inputs: Tb_TableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`表格`)
};

/**
* | output |
* | --- |
* | "Table" |
*
* @param {Tb_TableInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_table = /** @type {((inputs?: Tb_TableInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_TableInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_table(inputs)
	return en_tb_table(inputs)
});