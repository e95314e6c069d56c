/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Block_PositionInputs */

const en_block_position = /** @type {(inputs: Block_PositionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Position`)
};

const zh_cn2_block_position = /** @type {(inputs: Block_PositionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我的位置`)
};

/**
* | output |
* | --- |
* | "Position" |
*
* @param {Block_PositionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_position = /** @type {((inputs?: Block_PositionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_PositionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_block_position(inputs)
	return en_block_position(inputs)
});