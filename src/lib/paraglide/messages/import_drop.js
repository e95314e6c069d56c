/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_DropInputs */

const en_import_drop = /** @type {(inputs: Import_DropInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Drop a CSV file here, or click to choose one`)
};

const zh_cn2_import_drop = /** @type {(inputs: Import_DropInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`把 CSV 文件拖到这里,或点击选择`)
};

/**
* | output |
* | --- |
* | "Drop a CSV file here, or click to choose one" |
*
* @param {Import_DropInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_drop = /** @type {((inputs?: Import_DropInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_DropInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_drop(inputs)
	return en_import_drop(inputs)
});