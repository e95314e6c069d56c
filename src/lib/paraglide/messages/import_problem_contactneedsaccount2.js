/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Problem_Contactneedsaccount2Inputs */

const en_import_problem_contactneedsaccount2 = /** @type {(inputs: Import_Problem_Contactneedsaccount2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Contacts need an account: choose the column that holds the account (company) name.`)
};

const zh_cn2_import_problem_contactneedsaccount2 = /** @type {(inputs: Import_Problem_Contactneedsaccount2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`联系人需要客户:请选择包含客户(公司)名称的列。`)
};

/**
* | output |
* | --- |
* | "Contacts need an account: choose the column that holds the account (company) name." |
*
* @param {Import_Problem_Contactneedsaccount2Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
const import_problem_contactneedsaccount2 = /** @type {((inputs?: Import_Problem_Contactneedsaccount2Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Problem_Contactneedsaccount2Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_problem_contactneedsaccount2(inputs)
	return en_import_problem_contactneedsaccount2(inputs)
});
export { import_problem_contactneedsaccount2 as "import_problem_contactNeedsAccount" }