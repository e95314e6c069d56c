/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Block_MissingInputs */

const en_block_missing = /** @type {(inputs: Block_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This block's data is not here yet.`)
};

const zh_cn2_block_missing = /** @type {(inputs: Block_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`该模块的数据尚未加载。`)
};

/**
* | output |
* | --- |
* | "This block's data is not here yet." |
*
* @param {Block_MissingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_missing = /** @type {((inputs?: Block_MissingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_MissingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_block_missing(inputs)
	return en_block_missing(inputs)
});