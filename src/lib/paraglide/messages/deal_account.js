/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deal_AccountInputs */

const en_deal_account = /** @type {(inputs: Deal_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Account`)
};

const zh_cn2_deal_account = /** @type {(inputs: Deal_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户`)
};

/**
* | output |
* | --- |
* | "Account" |
*
* @param {Deal_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deal_account = /** @type {((inputs?: Deal_AccountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deal_AccountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deal_account(inputs)
	return en_deal_account(inputs)
});