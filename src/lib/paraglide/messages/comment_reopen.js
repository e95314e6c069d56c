/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_ReopenInputs */

const en_comment_reopen = /** @type {(inputs: Comment_ReopenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reopen`)
};

const zh_cn2_comment_reopen = /** @type {(inputs: Comment_ReopenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`重新打开`)
};

/**
* | output |
* | --- |
* | "Reopen" |
*
* @param {Comment_ReopenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_reopen = /** @type {((inputs?: Comment_ReopenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_ReopenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_reopen(inputs)
	return en_comment_reopen(inputs)
});