/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Problem_Dealneedsaccount2Inputs */

const en_import_problem_dealneedsaccount2 = /** @type {(inputs: Import_Problem_Dealneedsaccount2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deals need an account: choose the column that holds the account (company) name.`)
};

const zh_cn2_import_problem_dealneedsaccount2 = /** @type {(inputs: Import_Problem_Dealneedsaccount2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机需要客户:请选择包含客户(公司)名称的列。`)
};

/**
* | output |
* | --- |
* | "Deals need an account: choose the column that holds the account (company) name." |
*
* @param {Import_Problem_Dealneedsaccount2Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
const import_problem_dealneedsaccount2 = /** @type {((inputs?: Import_Problem_Dealneedsaccount2Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Problem_Dealneedsaccount2Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_problem_dealneedsaccount2(inputs)
	return en_import_problem_dealneedsaccount2(inputs)
});
export { import_problem_dealneedsaccount2 as "import_problem_dealNeedsAccount" }