/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_On_RowInputs */

const en_comment_on_row = /** @type {(inputs: Comment_On_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Role-table row`)
};

const zh_cn2_comment_on_row = /** @type {(inputs: Comment_On_RowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`角色表行`)
};

/**
* | output |
* | --- |
* | "Role-table row" |
*
* @param {Comment_On_RowInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_on_row = /** @type {((inputs?: Comment_On_RowInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_On_RowInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_on_row(inputs)
	return en_comment_on_row(inputs)
});