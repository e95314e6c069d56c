/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Col_ProblemsInputs */

const en_import_col_problems = /** @type {(inputs: Import_Col_ProblemsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What to fix`)
};

const zh_cn2_import_col_problems = /** @type {(inputs: Import_Col_ProblemsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`需要修改`)
};

/**
* | output |
* | --- |
* | "What to fix" |
*
* @param {Import_Col_ProblemsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_col_problems = /** @type {((inputs?: Import_Col_ProblemsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Col_ProblemsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_col_problems(inputs)
	return en_import_col_problems(inputs)
});