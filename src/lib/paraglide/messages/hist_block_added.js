/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Block_AddedInputs */

const en_hist_block_added = /** @type {(inputs: Hist_Block_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`block added`)
};

const zh_cn2_hist_block_added = /** @type {(inputs: Hist_Block_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新增模块`)
};

/**
* | output |
* | --- |
* | "block added" |
*
* @param {Hist_Block_AddedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_block_added = /** @type {((inputs?: Hist_Block_AddedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Block_AddedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_block_added(inputs)
	return en_hist_block_added(inputs)
});