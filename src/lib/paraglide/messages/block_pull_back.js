/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Block_Pull_BackInputs */

const en_block_pull_back = /** @type {(inputs: Block_Pull_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pull-back plan`)
};

const zh_cn2_block_pull_back = /** @type {(inputs: Block_Pull_BackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`向后拉计划`)
};

/**
* | output |
* | --- |
* | "Pull-back plan" |
*
* @param {Block_Pull_BackInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_pull_back = /** @type {((inputs?: Block_Pull_BackInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_Pull_BackInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_block_pull_back(inputs)
	return en_block_pull_back(inputs)
});