/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Error_NetworkInputs */

const en_import_error_network = /** @type {(inputs: Import_Error_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The connection was lost. Check it and try again.`)
};

const zh_cn2_import_error_network = /** @type {(inputs: Import_Error_NetworkInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`连接已断开。请检查网络后重试。`)
};

/**
* | output |
* | --- |
* | "The connection was lost. Check it and try again." |
*
* @param {Import_Error_NetworkInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_network = /** @type {((inputs?: Import_Error_NetworkInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_NetworkInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_network(inputs)
	return en_import_error_network(inputs)
});