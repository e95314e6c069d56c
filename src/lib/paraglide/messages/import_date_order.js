/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Date_OrderInputs */

const en_import_date_order = /** @type {(inputs: Import_Date_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dates written as`)
};

const zh_cn2_import_date_order = /** @type {(inputs: Import_Date_OrderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`日期写法`)
};

/**
* | output |
* | --- |
* | "Dates written as" |
*
* @param {Import_Date_OrderInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_date_order = /** @type {((inputs?: Import_Date_OrderInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Date_OrderInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_date_order(inputs)
	return en_import_date_order(inputs)
});