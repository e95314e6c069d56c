/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Status_ImportingInputs */

const en_import_status_importing = /** @type {(inputs: Import_Status_ImportingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Importing…`)
};

const zh_cn2_import_status_importing = /** @type {(inputs: Import_Status_ImportingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在导入…`)
};

/**
* | output |
* | --- |
* | "Importing…" |
*
* @param {Import_Status_ImportingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_status_importing = /** @type {((inputs?: Import_Status_ImportingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Status_ImportingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_status_importing(inputs)
	return en_import_status_importing(inputs)
});