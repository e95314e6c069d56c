/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} No_AccountsInputs */

const en_no_accounts = /** @type {(inputs: No_AccountsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Create an account (the customer company) first.`)
};

const zh_cn2_no_accounts = /** @type {(inputs: No_AccountsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请先新建客户(客户公司)。`)
};

/**
* | output |
* | --- |
* | "Create an account (the customer company) first." |
*
* @param {No_AccountsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const no_accounts = /** @type {((inputs?: No_AccountsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<No_AccountsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_no_accounts(inputs)
	return en_no_accounts(inputs)
});