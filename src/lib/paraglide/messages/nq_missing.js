/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nq_MissingInputs */

const en_nq_missing = /** @type {(inputs: Nq_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Missing`)
};

const zh_cn2_nq_missing = /** @type {(inputs: Nq_MissingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`缺失`)
};

/**
* | output |
* | --- |
* | "Missing" |
*
* @param {Nq_MissingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_missing = /** @type {((inputs?: Nq_MissingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_MissingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_nq_missing(inputs)
	return en_nq_missing(inputs)
});