/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ date: NonNullable<unknown> }} Print_ExportedInputs */

const en_print_exported = /** @type {(inputs: Print_ExportedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Exported ${i?.date}`)
};

const zh_cn2_print_exported = /** @type {(inputs: Print_ExportedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`导出于 ${i?.date}`)
};

/**
* | output |
* | --- |
* | "Exported {date}" |
*
* @param {Print_ExportedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const print_exported = /** @type {((inputs: Print_ExportedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Print_ExportedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_print_exported(inputs)
	return en_print_exported(inputs)
});