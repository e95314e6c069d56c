/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Comment_OnInputs */

const en_pl_comment_on = /** @type {(inputs: Pl_Comment_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Comment on`)
};

const zh_cn2_pl_comment_on = /** @type {(inputs: Pl_Comment_OnInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`评论对象`)
};

/**
* | output |
* | --- |
* | "Comment on" |
*
* @param {Pl_Comment_OnInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_comment_on = /** @type {((inputs?: Pl_Comment_OnInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Comment_OnInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_comment_on(inputs)
	return en_pl_comment_on(inputs)
});