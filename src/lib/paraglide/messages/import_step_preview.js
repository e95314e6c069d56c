/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Step_PreviewInputs */

const en_import_step_preview = /** @type {(inputs: Import_Step_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`3. What the import will do`)
};

const zh_cn2_import_step_preview = /** @type {(inputs: Import_Step_PreviewInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`3. 导入将做什么`)
};

/**
* | output |
* | --- |
* | "3. What the import will do" |
*
* @param {Import_Step_PreviewInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_step_preview = /** @type {((inputs?: Import_Step_PreviewInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Step_PreviewInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_step_preview(inputs)
	return en_import_step_preview(inputs)
});