/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nq_AnsweredInputs */

const en_nq_answered = /** @type {(inputs: Nq_AnsweredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Answered`)
};

const zh_cn2_nq_answered = /** @type {(inputs: Nq_AnsweredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已回答`)
};

/**
* | output |
* | --- |
* | "Answered" |
*
* @param {Nq_AnsweredInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_answered = /** @type {((inputs?: Nq_AnsweredInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_AnsweredInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_nq_answered(inputs)
	return en_nq_answered(inputs)
});