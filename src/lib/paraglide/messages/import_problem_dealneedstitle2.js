/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Problem_Dealneedstitle2Inputs */

const en_import_problem_dealneedstitle2 = /** @type {(inputs: Import_Problem_Dealneedstitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deals need a name: choose the column that holds the deal (opportunity) name.`)
};

const zh_cn2_import_problem_dealneedstitle2 = /** @type {(inputs: Import_Problem_Dealneedstitle2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机需要名称:请选择包含商机名称的列。`)
};

/**
* | output |
* | --- |
* | "Deals need a name: choose the column that holds the deal (opportunity) name." |
*
* @param {Import_Problem_Dealneedstitle2Inputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
const import_problem_dealneedstitle2 = /** @type {((inputs?: Import_Problem_Dealneedstitle2Inputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Problem_Dealneedstitle2Inputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_problem_dealneedstitle2(inputs)
	return en_import_problem_dealneedstitle2(inputs)
});
export { import_problem_dealneedstitle2 as "import_problem_dealNeedsTitle" }