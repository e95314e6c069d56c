/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_On_DealInputs */

const en_comment_on_deal = /** @type {(inputs: Comment_On_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`On the whole deal`)
};

const zh_cn2_comment_on_deal = /** @type {(inputs: Comment_On_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`针对整个项目`)
};

/**
* | output |
* | --- |
* | "On the whole deal" |
*
* @param {Comment_On_DealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_on_deal = /** @type {((inputs?: Comment_On_DealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_On_DealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_on_deal(inputs)
	return en_comment_on_deal(inputs)
});