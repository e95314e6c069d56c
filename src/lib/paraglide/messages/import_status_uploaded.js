/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Status_UploadedInputs */

const en_import_status_uploaded = /** @type {(inputs: Import_Status_UploadedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Read, not imported yet`)
};

const zh_cn2_import_status_uploaded = /** @type {(inputs: Import_Status_UploadedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已读取,尚未导入`)
};

/**
* | output |
* | --- |
* | "Read, not imported yet" |
*
* @param {Import_Status_UploadedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_status_uploaded = /** @type {((inputs?: Import_Status_UploadedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Status_UploadedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_status_uploaded(inputs)
	return en_import_status_uploaded(inputs)
});