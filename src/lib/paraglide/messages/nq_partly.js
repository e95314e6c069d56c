/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nq_PartlyInputs */

const en_nq_partly = /** @type {(inputs: Nq_PartlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Partly`)
};

const zh_cn2_nq_partly = /** @type {(inputs: Nq_PartlyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`部分回答`)
};

/**
* | output |
* | --- |
* | "Partly" |
*
* @param {Nq_PartlyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nq_partly = /** @type {((inputs?: Nq_PartlyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nq_PartlyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_nq_partly(inputs)
	return en_nq_partly(inputs)
});