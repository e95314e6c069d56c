/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_EditedInputs */

const en_comment_edited = /** @type {(inputs: Comment_EditedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`edited`)
};

const zh_cn2_comment_edited = /** @type {(inputs: Comment_EditedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已编辑`)
};

/**
* | output |
* | --- |
* | "edited" |
*
* @param {Comment_EditedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_edited = /** @type {((inputs?: Comment_EditedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_EditedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_edited(inputs)
	return en_comment_edited(inputs)
});