/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Block_ResourcesInputs */

const en_block_resources = /** @type {(inputs: Block_ResourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resources plan`)
};

const zh_cn2_block_resources = /** @type {(inputs: Block_ResourcesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`资源计划`)
};

/**
* | output |
* | --- |
* | "Resources plan" |
*
* @param {Block_ResourcesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_resources = /** @type {((inputs?: Block_ResourcesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_ResourcesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_block_resources(inputs)
	return en_block_resources(inputs)
});