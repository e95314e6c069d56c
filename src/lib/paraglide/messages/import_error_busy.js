/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Error_BusyInputs */

const en_import_error_busy = /** @type {(inputs: Import_Error_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Another import of this workspace is running (or being undone). Wait until it has finished, then try again.`)
};

const zh_cn2_import_error_busy = /** @type {(inputs: Import_Error_BusyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`本工作区的另一次导入正在进行(或正在撤销)。请等它完成后再试。`)
};

/**
* | output |
* | --- |
* | "Another import of this workspace is running (or being undone). Wait until it has finished, then try again." |
*
* @param {Import_Error_BusyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_busy = /** @type {((inputs?: Import_Error_BusyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_BusyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_busy(inputs)
	return en_import_error_busy(inputs)
});