/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comp_ResponseInputs */

const en_comp_response = /** @type {(inputs: Comp_ResponseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How to respond`)
};

const zh_cn2_comp_response = /** @type {(inputs: Comp_ResponseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`应对`)
};

/**
* | output |
* | --- |
* | "How to respond" |
*
* @param {Comp_ResponseInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_response = /** @type {((inputs?: Comp_ResponseInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_ResponseInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comp_response(inputs)
	return en_comp_response(inputs)
});