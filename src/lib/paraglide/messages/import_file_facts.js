/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ file: NonNullable<unknown>, rows: NonNullable<unknown>, encoding: NonNullable<unknown>, delimiter: NonNullable<unknown> }} Import_File_FactsInputs */

const en_import_file_facts = /** @type {(inputs: Import_File_FactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}: ${i?.rows} rows, ${i?.encoding}, separated by “${i?.delimiter}”`)
};

const zh_cn2_import_file_facts = /** @type {(inputs: Import_File_FactsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.file}:${i?.rows} 行,${i?.encoding},以“${i?.delimiter}”分隔`)
};

/**
* | output |
* | --- |
* | "{file}: {rows} rows, {encoding}, separated by “{delimiter}”" |
*
* @param {Import_File_FactsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_file_facts = /** @type {((inputs: Import_File_FactsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_File_FactsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_file_facts(inputs)
	return en_import_file_facts(inputs)
});