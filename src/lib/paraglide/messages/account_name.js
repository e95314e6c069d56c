/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Account_NameInputs */

const en_account_name = /** @type {(inputs: Account_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Company name`)
};

const zh_cn2_account_name = /** @type {(inputs: Account_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`公司名称`)
};

/**
* | output |
* | --- |
* | "Company name" |
*
* @param {Account_NameInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const account_name = /** @type {((inputs?: Account_NameInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Account_NameInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_account_name(inputs)
	return en_account_name(inputs)
});