/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Stage_UnmappedInputs */

const en_import_stage_unmapped = /** @type {(inputs: Import_Stage_UnmappedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— choose a stage —`)
};

const zh_cn2_import_stage_unmapped = /** @type {(inputs: Import_Stage_UnmappedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— 选择阶段 —`)
};

/**
* | output |
* | --- |
* | "— choose a stage —" |
*
* @param {Import_Stage_UnmappedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_stage_unmapped = /** @type {((inputs?: Import_Stage_UnmappedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Stage_UnmappedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_stage_unmapped(inputs)
	return en_import_stage_unmapped(inputs)
});