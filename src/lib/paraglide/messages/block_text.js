/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Block_TextInputs */

const en_block_text = /** @type {(inputs: Block_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Text`)
};

const zh_cn2_block_text = /** @type {(inputs: Block_TextInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正文`)
};

/**
* | output |
* | --- |
* | "Text" |
*
* @param {Block_TextInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_text = /** @type {((inputs?: Block_TextInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_TextInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_block_text(inputs)
	return en_block_text(inputs)
});