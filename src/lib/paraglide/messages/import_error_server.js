/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Error_ServerInputs */

const en_import_error_server = /** @type {(inputs: Import_Error_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The file could not be read because of a problem on our side. Try again in a moment.`)
};

const zh_cn2_import_error_server = /** @type {(inputs: Import_Error_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`由于我们这边的问题,文件未能读取。请稍后再试。`)
};

/**
* | output |
* | --- |
* | "The file could not be read because of a problem on our side. Try again in a moment." |
*
* @param {Import_Error_ServerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_server = /** @type {((inputs?: Import_Error_ServerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_ServerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_server(inputs)
	return en_import_error_server(inputs)
});