/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ field: NonNullable<unknown> }} Error_RequiredInputs */

const en_error_required = /** @type {(inputs: Error_RequiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Fill in ${i?.field}.`)
};

const zh_cn2_error_required = /** @type {(inputs: Error_RequiredInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`请填写${i?.field}。`)
};

/**
* | output |
* | --- |
* | "Fill in {field}." |
*
* @param {Error_RequiredInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const error_required = /** @type {((inputs: Error_RequiredInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_RequiredInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_error_required(inputs)
	return en_error_required(inputs)
});