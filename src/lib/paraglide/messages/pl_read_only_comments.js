/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Read_Only_CommentsInputs */

const en_pl_read_only_comments = /** @type {(inputs: Pl_Read_Only_CommentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You can read these comments; your role on this deal does not let you comment.`)
};

const zh_cn2_pl_read_only_comments = /** @type {(inputs: Pl_Read_Only_CommentsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`你可以阅读评论;你在此项目中的角色不能发表评论。`)
};

/**
* | output |
* | --- |
* | "You can read these comments; your role on this deal does not let you comment." |
*
* @param {Pl_Read_Only_CommentsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_read_only_comments = /** @type {((inputs?: Pl_Read_Only_CommentsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Read_Only_CommentsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_read_only_comments(inputs)
	return en_pl_read_only_comments(inputs)
});