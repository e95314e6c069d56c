/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deal_CurrencyInputs */

const en_deal_currency = /** @type {(inputs: Deal_CurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Currency`)
};

const zh_cn2_deal_currency = /** @type {(inputs: Deal_CurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`币种`)
};

/**
* | output |
* | --- |
* | "Currency" |
*
* @param {Deal_CurrencyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deal_currency = /** @type {((inputs?: Deal_CurrencyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deal_CurrencyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deal_currency(inputs)
	return en_deal_currency(inputs)
});