/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_RowInputs */

const en_comment_row = /** @type {(inputs: Comment_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Person`)
};

const zh_cn2_comment_row = /** @type {(inputs: Comment_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`人员`)
};

/**
* | output |
* | --- |
* | "Person" |
*
* @param {Comment_RowInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_row = /** @type {((inputs?: Comment_RowInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_RowInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_row(inputs)
	return en_comment_row(inputs)
});