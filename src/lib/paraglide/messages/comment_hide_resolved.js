/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_Hide_ResolvedInputs */

const en_comment_hide_resolved = /** @type {(inputs: Comment_Hide_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Hide resolved`)
};

const zh_cn2_comment_hide_resolved = /** @type {(inputs: Comment_Hide_ResolvedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`隐藏已解决`)
};

/**
* | output |
* | --- |
* | "Hide resolved" |
*
* @param {Comment_Hide_ResolvedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_hide_resolved = /** @type {((inputs?: Comment_Hide_ResolvedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_Hide_ResolvedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_hide_resolved(inputs)
	return en_comment_hide_resolved(inputs)
});