/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_WorkingInputs */

const en_import_working = /** @type {(inputs: Import_WorkingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Working…`)
};

const zh_cn2_import_working = /** @type {(inputs: Import_WorkingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`处理中…`)
};

/**
* | output |
* | --- |
* | "Working…" |
*
* @param {Import_WorkingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_working = /** @type {((inputs?: Import_WorkingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_WorkingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_working(inputs)
	return en_import_working(inputs)
});