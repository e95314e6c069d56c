/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Status_UndoneInputs */

const en_import_status_undone = /** @type {(inputs: Import_Status_UndoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Undone`)
};

const zh_cn2_import_status_undone = /** @type {(inputs: Import_Status_UndoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`已撤销`)
};

/**
* | output |
* | --- |
* | "Undone" |
*
* @param {Import_Status_UndoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_status_undone = /** @type {((inputs?: Import_Status_UndoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Status_UndoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_status_undone(inputs)
	return en_import_status_undone(inputs)
});