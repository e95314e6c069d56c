/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ minutes: NonNullable<unknown> }} Error_Rate_LimitedInputs */

const en_error_rate_limited = /** @type {(inputs: Error_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Too many sign-in attempts. Wait ${i?.minutes} minutes, then try again.`)
};

const zh_cn2_error_rate_limited = /** @type {(inputs: Error_Rate_LimitedInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`登录尝试次数过多,请 ${i?.minutes} 分钟后再试。`)
};

/**
* | output |
* | --- |
* | "Too many sign-in attempts. Wait {minutes} minutes, then try again." |
*
* @param {Error_Rate_LimitedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const error_rate_limited = /** @type {((inputs: Error_Rate_LimitedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Error_Rate_LimitedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_error_rate_limited(inputs)
	return en_error_rate_limited(inputs)
});