/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Account_IndustryInputs */

const en_account_industry = /** @type {(inputs: Account_IndustryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Industry`)
};

const zh_cn2_account_industry = /** @type {(inputs: Account_IndustryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`行业`)
};

/**
* | output |
* | --- |
* | "Industry" |
*
* @param {Account_IndustryInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_industry = /** @type {((inputs?: Account_IndustryInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_IndustryInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_account_industry(inputs)
	return en_account_industry(inputs)
});