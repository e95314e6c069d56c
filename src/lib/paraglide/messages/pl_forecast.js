/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_ForecastInputs */

const en_pl_forecast = /** @type {(inputs: Pl_ForecastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Weighted forecast`)
};

const zh_cn2_pl_forecast = /** @type {(inputs: Pl_ForecastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`加权预测`)
};

/**
* | output |
* | --- |
* | "Weighted forecast" |
*
* @param {Pl_ForecastInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_forecast = /** @type {((inputs?: Pl_ForecastInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_ForecastInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_forecast(inputs)
	return en_pl_forecast(inputs)
});