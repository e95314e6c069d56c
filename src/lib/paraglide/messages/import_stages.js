/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_StagesInputs */

const en_import_stages = /** @type {(inputs: Import_StagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stages`)
};

const zh_cn2_import_stages = /** @type {(inputs: Import_StagesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段`)
};

/**
* | output |
* | --- |
* | "Stages" |
*
* @param {Import_StagesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_stages = /** @type {((inputs?: Import_StagesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_StagesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_stages(inputs)
	return en_import_stages(inputs)
});