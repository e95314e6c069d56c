/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nq_Next_LabelInputs */

const en_nq_next_label = /** @type {(inputs: Nq_Next_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What to do next`)
};

const zh_cn2_nq_next_label = /** @type {(inputs: Nq_Next_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`下一步`)
};

/**
* | output |
* | --- |
* | "What to do next" |
*
* @param {Nq_Next_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_next_label = /** @type {((inputs?: Nq_Next_LabelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_Next_LabelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_nq_next_label(inputs)
	return en_nq_next_label(inputs)
});