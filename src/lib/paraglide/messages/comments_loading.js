/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comments_LoadingInputs */

const en_comments_loading = /** @type {(inputs: Comments_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading comments…`)
};

const zh_cn2_comments_loading = /** @type {(inputs: Comments_LoadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在加载评论…`)
};

/**
* | output |
* | --- |
* | "Loading comments…" |
*
* @param {Comments_LoadingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comments_loading = /** @type {((inputs?: Comments_LoadingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comments_LoadingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comments_loading(inputs)
	return en_comments_loading(inputs)
});