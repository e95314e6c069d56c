/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_AnotherInputs */

const en_import_another = /** @type {(inputs: Import_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Import another file`)
};

const zh_cn2_import_another = /** @type {(inputs: Import_AnotherInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`导入另一个文件`)
};

/**
* | output |
* | --- |
* | "Import another file" |
*
* @param {Import_AnotherInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_another = /** @type {((inputs?: Import_AnotherInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_AnotherInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_another(inputs)
	return en_import_another(inputs)
});