/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comments_Empty_CanInputs */

const en_comments_empty_can = /** @type {(inputs: Comments_Empty_CanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No comments yet. Select text, or use 💬 on a block or a person, to start a thread.`)
};

const zh_cn2_comments_empty_can = /** @type {(inputs: Comments_Empty_CanInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有评论。选中文字,或点击模块、人员旁的 💬 开始讨论。`)
};

/**
* | output |
* | --- |
* | "No comments yet. Select text, or use 💬 on a block or a person, to start a thread." |
*
* @param {Comments_Empty_CanInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comments_empty_can = /** @type {((inputs?: Comments_Empty_CanInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comments_Empty_CanInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comments_empty_can(inputs)
	return en_comments_empty_can(inputs)
});