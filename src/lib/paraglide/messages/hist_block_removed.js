/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Block_RemovedInputs */

const en_hist_block_removed = /** @type {(inputs: Hist_Block_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`block removed`)
};

const zh_cn2_hist_block_removed = /** @type {(inputs: Hist_Block_RemovedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`删除模块`)
};

/**
* | output |
* | --- |
* | "block removed" |
*
* @param {Hist_Block_RemovedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_block_removed = /** @type {((inputs?: Hist_Block_RemovedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Block_RemovedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_block_removed(inputs)
	return en_hist_block_removed(inputs)
});