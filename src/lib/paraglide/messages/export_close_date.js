/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_Close_DateInputs */

const en_export_close_date = /** @type {(inputs: Export_Close_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Expected close`)
};

const zh_cn2_export_close_date = /** @type {(inputs: Export_Close_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`预计成交`)
};

/**
* | output |
* | --- |
* | "Expected close" |
*
* @param {Export_Close_DateInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_close_date = /** @type {((inputs?: Export_Close_DateInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Close_DateInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_export_close_date(inputs)
	return en_export_close_date(inputs)
});