/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comments_TitleInputs */

const en_comments_title = /** @type {(inputs: Comments_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comments`)
};

const zh_cn2_comments_title = /** @type {(inputs: Comments_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`评论`)
};

/**
* | output |
* | --- |
* | "Comments" |
*
* @param {Comments_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comments_title = /** @type {((inputs?: Comments_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comments_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comments_title(inputs)
	return en_comments_title(inputs)
});