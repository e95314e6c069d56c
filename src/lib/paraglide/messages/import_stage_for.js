/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ value: NonNullable<unknown> }} Import_Stage_ForInputs */

const en_import_stage_for = /** @type {(inputs: Import_Stage_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Our stage for “${i?.value}”`)
};

const zh_cn2_import_stage_for = /** @type {(inputs: Import_Stage_ForInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`“${i?.value}”对应的阶段`)
};

/**
* | output |
* | --- |
* | "Our stage for “{value}”" |
*
* @param {Import_Stage_ForInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_stage_for = /** @type {((inputs: Import_Stage_ForInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Stage_ForInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_stage_for(inputs)
	return en_import_stage_for(inputs)
});