/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_No_ForecastInputs */

const en_pl_no_forecast = /** @type {(inputs: Pl_No_ForecastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No open deal in the funnel has a close date yet.`)
};

const zh_cn2_pl_no_forecast = /** @type {(inputs: Pl_No_ForecastInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`漏斗中还没有填写预计成交日期的项目。`)
};

/**
* | output |
* | --- |
* | "No open deal in the funnel has a close date yet." |
*
* @param {Pl_No_ForecastInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_no_forecast = /** @type {((inputs?: Pl_No_ForecastInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_No_ForecastInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_no_forecast(inputs)
	return en_pl_no_forecast(inputs)
});