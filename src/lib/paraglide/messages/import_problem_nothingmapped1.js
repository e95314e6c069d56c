/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Problem_Nothingmapped1Inputs */

const en_import_problem_nothingmapped1 = /** @type {(inputs: Import_Problem_Nothingmapped1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No column is imported yet: choose what at least one column holds (an account name, a deal name or a contact).`)
};

const zh_cn2_import_problem_nothingmapped1 = /** @type {(inputs: Import_Problem_Nothingmapped1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有导入任何列:请至少为一列选择内容(客户名称、商机名称或联系人)。`)
};

/**
* | output |
* | --- |
* | "No column is imported yet: choose what at least one column holds (an account name, a deal name or a contact)." |
*
* @param {Import_Problem_Nothingmapped1Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
const import_problem_nothingmapped1 = /** @type {((inputs?: Import_Problem_Nothingmapped1Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Problem_Nothingmapped1Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_problem_nothingmapped1(inputs)
	return en_import_problem_nothingmapped1(inputs)
});
export { import_problem_nothingmapped1 as "import_problem_nothingMapped" }