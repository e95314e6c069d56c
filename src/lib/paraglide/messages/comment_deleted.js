/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_DeletedInputs */

const en_comment_deleted = /** @type {(inputs: Comment_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This comment was deleted.`)
};

const zh_cn2_comment_deleted = /** @type {(inputs: Comment_DeletedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此评论已删除。`)
};

/**
* | output |
* | --- |
* | "This comment was deleted." |
*
* @param {Comment_DeletedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_deleted = /** @type {((inputs?: Comment_DeletedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_DeletedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_deleted(inputs)
	return en_comment_deleted(inputs)
});