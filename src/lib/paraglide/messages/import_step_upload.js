/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Step_UploadInputs */

const en_import_step_upload = /** @type {(inputs: Import_Step_UploadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1. Choose a file`)
};

const zh_cn2_import_step_upload = /** @type {(inputs: Import_Step_UploadInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`1. 选择文件`)
};

/**
* | output |
* | --- |
* | "1. Choose a file" |
*
* @param {Import_Step_UploadInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_step_upload = /** @type {((inputs?: Import_Step_UploadInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Step_UploadInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_step_upload(inputs)
	return en_import_step_upload(inputs)
});