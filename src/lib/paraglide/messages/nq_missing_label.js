/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nq_Missing_LabelInputs */

const en_nq_missing_label = /** @type {(inputs: Nq_Missing_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Missing`)
};

const zh_cn2_nq_missing_label = /** @type {(inputs: Nq_Missing_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`缺少`)
};

/**
* | output |
* | --- |
* | "Missing" |
*
* @param {Nq_Missing_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_missing_label = /** @type {((inputs?: Nq_Missing_LabelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_Missing_LabelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_nq_missing_label(inputs)
	return en_nq_missing_label(inputs)
});