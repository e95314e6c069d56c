/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deals_Col_AccountInputs */

const en_deals_col_account = /** @type {(inputs: Deals_Col_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Account`)
};

const zh_cn2_deals_col_account = /** @type {(inputs: Deals_Col_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户`)
};

/**
* | output |
* | --- |
* | "Account" |
*
* @param {Deals_Col_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_account = /** @type {((inputs?: Deals_Col_AccountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_AccountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deals_col_account(inputs)
	return en_deals_col_account(inputs)
});