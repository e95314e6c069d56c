/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Stage_LostInputs */

const en_import_stage_lost = /** @type {(inputs: Import_Stage_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lost`)
};

const zh_cn2_import_stage_lost = /** @type {(inputs: Import_Stage_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`输单`)
};

/**
* | output |
* | --- |
* | "Lost" |
*
* @param {Import_Stage_LostInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_stage_lost = /** @type {((inputs?: Import_Stage_LostInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Stage_LostInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_stage_lost(inputs)
	return en_import_stage_lost(inputs)
});