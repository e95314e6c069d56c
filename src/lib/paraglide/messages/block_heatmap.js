/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Block_HeatmapInputs */

const en_block_heatmap = /** @type {(inputs: Block_HeatmapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Support heatmap`)
};

const zh_cn2_block_heatmap = /** @type {(inputs: Block_HeatmapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`支持度热力图`)
};

/**
* | output |
* | --- |
* | "Support heatmap" |
*
* @param {Block_HeatmapInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_heatmap = /** @type {((inputs?: Block_HeatmapInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_HeatmapInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_block_heatmap(inputs)
	return en_block_heatmap(inputs)
});