/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_DealsInputs */

const en_import_deals = /** @type {(inputs: Import_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deals`)
};

const zh_cn2_import_deals = /** @type {(inputs: Import_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机`)
};

/**
* | output |
* | --- |
* | "Deals" |
*
* @param {Import_DealsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_deals = /** @type {((inputs?: Import_DealsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_DealsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_deals(inputs)
	return en_import_deals(inputs)
});