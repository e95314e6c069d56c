/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_PreviewInputs */

const en_import_preview = /** @type {(inputs: Import_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Preview the import`)
};

const zh_cn2_import_preview = /** @type {(inputs: Import_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`预览导入`)
};

/**
* | output |
* | --- |
* | "Preview the import" |
*
* @param {Import_PreviewInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_preview = /** @type {((inputs?: Import_PreviewInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_PreviewInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_preview(inputs)
	return en_import_preview(inputs)
});