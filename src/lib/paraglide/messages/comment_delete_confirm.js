/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_Delete_ConfirmInputs */

const en_comment_delete_confirm = /** @type {(inputs: Comment_Delete_ConfirmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Delete this comment?`)
};

const zh_cn2_comment_delete_confirm = /** @type {(inputs: Comment_Delete_ConfirmInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`删除这条评论?`)
};

/**
* | output |
* | --- |
* | "Delete this comment?" |
*
* @param {Comment_Delete_ConfirmInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_delete_confirm = /** @type {((inputs?: Comment_Delete_ConfirmInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_Delete_ConfirmInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_delete_confirm(inputs)
	return en_comment_delete_confirm(inputs)
});