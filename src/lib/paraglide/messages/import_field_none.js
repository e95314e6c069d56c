/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Field_NoneInputs */

const en_import_field_none = /** @type {(inputs: Import_Field_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— not imported —`)
};

const zh_cn2_import_field_none = /** @type {(inputs: Import_Field_NoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— 不导入 —`)
};

/**
* | output |
* | --- |
* | "— not imported —" |
*
* @param {Import_Field_NoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_field_none = /** @type {((inputs?: Import_Field_NoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Field_NoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_field_none(inputs)
	return en_import_field_none(inputs)
});