/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Comment_Resolved_ByInputs */

const en_comment_resolved_by = /** @type {(inputs: Comment_Resolved_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Resolved by ${i?.name}`)
};

const zh_cn2_comment_resolved_by = /** @type {(inputs: Comment_Resolved_ByInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 已解决`)
};

/**
* | output |
* | --- |
* | "Resolved by {name}" |
*
* @param {Comment_Resolved_ByInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_resolved_by = /** @type {((inputs: Comment_Resolved_ByInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_Resolved_ByInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_resolved_by(inputs)
	return en_comment_resolved_by(inputs)
});