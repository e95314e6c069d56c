/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Forgot_Rate_LimitedInputs */

const en_forgot_rate_limited = /** @type {(inputs: Forgot_Rate_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too many reset requests from this network. Wait an hour, then try again.`)
};

const zh_cn2_forgot_rate_limited = /** @type {(inputs: Forgot_Rate_LimitedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此网络的重置请求过多。请一小时后再试。`)
};

/**
* | output |
* | --- |
* | "Too many reset requests from this network. Wait an hour, then try again." |
*
* @param {Forgot_Rate_LimitedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const forgot_rate_limited = /** @type {((inputs?: Forgot_Rate_LimitedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_Rate_LimitedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_forgot_rate_limited(inputs)
	return en_forgot_rate_limited(inputs)
});