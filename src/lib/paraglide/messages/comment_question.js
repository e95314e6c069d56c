/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comment_QuestionInputs */

const en_comment_question = /** @type {(inputs: Comment_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Question`)
};

const zh_cn2_comment_question = /** @type {(inputs: Comment_QuestionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`问题`)
};

/**
* | output |
* | --- |
* | "Question" |
*
* @param {Comment_QuestionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comment_question = /** @type {((inputs?: Comment_QuestionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comment_QuestionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comment_question(inputs)
	return en_comment_question(inputs)
});