/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Hist_Answers_ChangedInputs */

const en_hist_answers_changed = /** @type {(inputs: Hist_Answers_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name}'s answers changed`)
};

const zh_cn2_hist_answers_changed = /** @type {(inputs: Hist_Answers_ChangedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.name} 的回答有改动`)
};

/**
* | output |
* | --- |
* | "{name}'s answers changed" |
*
* @param {Hist_Answers_ChangedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_answers_changed = /** @type {((inputs: Hist_Answers_ChangedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Answers_ChangedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_answers_changed(inputs)
	return en_hist_answers_changed(inputs)
});