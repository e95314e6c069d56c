/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_BlockInputs */

const en_comment_block = /** @type {(inputs: Comment_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Block`)
};

const zh_cn2_comment_block = /** @type {(inputs: Comment_BlockInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`模块`)
};

/**
* | output |
* | --- |
* | "Block" |
*
* @param {Comment_BlockInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_block = /** @type {((inputs?: Comment_BlockInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_BlockInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_block(inputs)
	return en_comment_block(inputs)
});