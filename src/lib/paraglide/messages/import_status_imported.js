/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Status_ImportedInputs */

const en_import_status_imported = /** @type {(inputs: Import_Status_ImportedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Imported`)
};

const zh_cn2_import_status_imported = /** @type {(inputs: Import_Status_ImportedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已导入`)
};

/**
* | output |
* | --- |
* | "Imported" |
*
* @param {Import_Status_ImportedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_status_imported = /** @type {((inputs?: Import_Status_ImportedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Status_ImportedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_status_imported(inputs)
	return en_import_status_imported(inputs)
});