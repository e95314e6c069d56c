/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Only_ProblemsInputs */

const en_import_only_problems = /** @type {(inputs: Import_Only_ProblemsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only rows with errors or warnings`)
};

const zh_cn2_import_only_problems = /** @type {(inputs: Import_Only_ProblemsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只看有错误或提醒的行`)
};

/**
* | output |
* | --- |
* | "Only rows with errors or warnings" |
*
* @param {Import_Only_ProblemsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_only_problems = /** @type {((inputs?: Import_Only_ProblemsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Only_ProblemsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_only_problems(inputs)
	return en_import_only_problems(inputs)
});