/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} New_Account_TitleInputs */

const en_new_account_title = /** @type {(inputs: New_Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New account`)
};

const zh_cn2_new_account_title = /** @type {(inputs: New_Account_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新建客户`)
};

/**
* | output |
* | --- |
* | "New account" |
*
* @param {New_Account_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const new_account_title = /** @type {((inputs?: New_Account_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<New_Account_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_new_account_title(inputs)
	return en_new_account_title(inputs)
});