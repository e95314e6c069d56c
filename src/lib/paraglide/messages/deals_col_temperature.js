/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deals_Col_TemperatureInputs */

const en_deals_col_temperature = /** @type {(inputs: Deals_Col_TemperatureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Temp.`)
};

const zh_cn2_deals_col_temperature = /** @type {(inputs: Deals_Col_TemperatureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`温度`)
};

/**
* | output |
* | --- |
* | "Temp." |
*
* @param {Deals_Col_TemperatureInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_temperature = /** @type {((inputs?: Deals_Col_TemperatureInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_TemperatureInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deals_col_temperature(inputs)
	return en_deals_col_temperature(inputs)
});