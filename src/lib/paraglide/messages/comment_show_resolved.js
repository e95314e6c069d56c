/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Comment_Show_ResolvedInputs */

const en_comment_show_resolved = /** @type {(inputs: Comment_Show_ResolvedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Show ${i?.count} resolved`)
};

const zh_cn2_comment_show_resolved = /** @type {(inputs: Comment_Show_ResolvedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`显示 ${i?.count} 条已解决`)
};

/**
* | output |
* | --- |
* | "Show {count} resolved" |
*
* @param {Comment_Show_ResolvedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_show_resolved = /** @type {((inputs: Comment_Show_ResolvedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_Show_ResolvedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_show_resolved(inputs)
	return en_comment_show_resolved(inputs)
});