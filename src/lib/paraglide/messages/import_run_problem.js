/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ problem: NonNullable<unknown> }} Import_Run_ProblemInputs */

const en_import_run_problem = /** @type {(inputs: Import_Run_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The import stopped on a database error and will be retried: ${i?.problem}`)
};

const zh_cn2_import_run_problem = /** @type {(inputs: Import_Run_ProblemInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`导入因数据库错误暂停,将自动重试:${i?.problem}`)
};

/**
* | output |
* | --- |
* | "The import stopped on a database error and will be retried: {problem}" |
*
* @param {Import_Run_ProblemInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_run_problem = /** @type {((inputs: Import_Run_ProblemInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Run_ProblemInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_run_problem(inputs)
	return en_import_run_problem(inputs)
});