/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Default_CurrencyInputs */

const en_import_default_currency = /** @type {(inputs: Import_Default_CurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Currency when none is given`)
};

const zh_cn2_import_default_currency = /** @type {(inputs: Import_Default_CurrencyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未写币种时的币种`)
};

/**
* | output |
* | --- |
* | "Currency when none is given" |
*
* @param {Import_Default_CurrencyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_default_currency = /** @type {((inputs?: Import_Default_CurrencyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Default_CurrencyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_default_currency(inputs)
	return en_import_default_currency(inputs)
});