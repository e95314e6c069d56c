/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ column: NonNullable<unknown> }} Import_Field_ForInputs */

const en_import_field_for = /** @type {(inputs: Import_Field_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`What the column “${i?.column}” holds`)
};

const zh_cn2_import_field_for = /** @type {(inputs: Import_Field_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.column}”列的内容`)
};

/**
* | output |
* | --- |
* | "What the column “{column}” holds" |
*
* @param {Import_Field_ForInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_field_for = /** @type {((inputs: Import_Field_ForInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Field_ForInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_field_for(inputs)
	return en_import_field_for(inputs)
});