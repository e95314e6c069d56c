/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Error_StartedInputs */

const en_import_error_started = /** @type {(inputs: Import_Error_StartedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This import has already been started or finished meanwhile: the page now shows where it stands.`)
};

const zh_cn2_import_error_started = /** @type {(inputs: Import_Error_StartedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`这次导入已经开始或已完成:本页现在显示它的进度。`)
};

/**
* | output |
* | --- |
* | "This import has already been started or finished meanwhile: the page now shows where it stands." |
*
* @param {Import_Error_StartedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_error_started = /** @type {((inputs?: Import_Error_StartedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Error_StartedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_error_started(inputs)
	return en_import_error_started(inputs)
});