/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_ResolveInputs */

const en_comment_resolve = /** @type {(inputs: Comment_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resolve`)
};

const zh_cn2_comment_resolve = /** @type {(inputs: Comment_ResolveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`解决`)
};

/**
* | output |
* | --- |
* | "Resolve" |
*
* @param {Comment_ResolveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_resolve = /** @type {((inputs?: Comment_ResolveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_ResolveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_resolve(inputs)
	return en_comment_resolve(inputs)
});