/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ score: NonNullable<unknown>, total: NonNullable<unknown> }} Nq_ScoreInputs */

const en_nq_score = /** @type {(inputs: Nq_ScoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.score} of ${i?.total} answered`)
};

const zh_cn2_nq_score = /** @type {(inputs: Nq_ScoreInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已回答 ${i?.score} / ${i?.total}`)
};

/**
* | output |
* | --- |
* | "{score} of {total} answered" |
*
* @param {Nq_ScoreInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_score = /** @type {((inputs: Nq_ScoreInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_ScoreInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_nq_score(inputs)
	return en_nq_score(inputs)
});