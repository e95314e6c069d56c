/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_UploadingInputs */

const en_import_uploading = /** @type {(inputs: Import_UploadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Reading the file…`)
};

const zh_cn2_import_uploading = /** @type {(inputs: Import_UploadingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在读取文件…`)
};

/**
* | output |
* | --- |
* | "Reading the file…" |
*
* @param {Import_UploadingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_uploading = /** @type {((inputs?: Import_UploadingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_UploadingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_uploading(inputs)
	return en_import_uploading(inputs)
});