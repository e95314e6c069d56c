/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nav_New_AccountInputs */

const en_nav_new_account = /** @type {(inputs: Nav_New_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New account`)
};

const zh_cn2_nav_new_account = /** @type {(inputs: Nav_New_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新建客户`)
};

/**
* | output |
* | --- |
* | "New account" |
*
* @param {Nav_New_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nav_new_account = /** @type {((inputs?: Nav_New_AccountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_New_AccountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_nav_new_account(inputs)
	return en_nav_new_account(inputs)
});