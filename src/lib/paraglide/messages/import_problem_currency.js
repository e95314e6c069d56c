/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Problem_CurrencyInputs */

const en_import_problem_currency = /** @type {(inputs: Import_Problem_CurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The currency for amounts without one needs a three-letter code, such as USD or CNY.`)
};

const zh_cn2_import_problem_currency = /** @type {(inputs: Import_Problem_CurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未写币种的金额需要一个三位币种代码,例如 USD 或 CNY。`)
};

/**
* | output |
* | --- |
* | "The currency for amounts without one needs a three-letter code, such as USD or CNY." |
*
* @param {Import_Problem_CurrencyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_problem_currency = /** @type {((inputs?: Import_Problem_CurrencyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Problem_CurrencyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_problem_currency(inputs)
	return en_import_problem_currency(inputs)
});