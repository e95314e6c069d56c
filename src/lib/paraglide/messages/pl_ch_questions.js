/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Ch_QuestionsInputs */

const en_pl_ch_questions = /** @type {(inputs: Pl_Ch_QuestionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`9 questions`)
};

const zh_cn2_pl_ch_questions = /** @type {(inputs: Pl_Ch_QuestionsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`九问`)
};

/**
* | output |
* | --- |
* | "9 questions" |
*
* @param {Pl_Ch_QuestionsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_questions = /** @type {((inputs?: Pl_Ch_QuestionsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_QuestionsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_ch_questions(inputs)
	return en_pl_ch_questions(inputs)
});