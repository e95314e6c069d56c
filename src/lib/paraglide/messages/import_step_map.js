/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Step_MapInputs */

const en_import_step_map = /** @type {(inputs: Import_Step_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`2. Check the columns`)
};

const zh_cn2_import_step_map = /** @type {(inputs: Import_Step_MapInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`2. 核对列`)
};

/**
* | output |
* | --- |
* | "2. Check the columns" |
*
* @param {Import_Step_MapInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_step_map = /** @type {((inputs?: Import_Step_MapInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Step_MapInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_step_map(inputs)
	return en_import_step_map(inputs)
});