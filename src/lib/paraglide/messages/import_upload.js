/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_UploadInputs */

const en_import_upload = /** @type {(inputs: Import_UploadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Read the file`)
};

const zh_cn2_import_upload = /** @type {(inputs: Import_UploadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`读取文件`)
};

/**
* | output |
* | --- |
* | "Read the file" |
*
* @param {Import_UploadInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_upload = /** @type {((inputs?: Import_UploadInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_UploadInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_upload(inputs)
	return en_import_upload(inputs)
});