/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Forgot_SendInputs */

const en_forgot_send = /** @type {(inputs: Forgot_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Send me a reset link`)
};

const zh_cn2_forgot_send = /** @type {(inputs: Forgot_SendInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`发送重置链接`)
};

/**
* | output |
* | --- |
* | "Send me a reset link" |
*
* @param {Forgot_SendInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const forgot_send = /** @type {((inputs?: Forgot_SendInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Forgot_SendInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_forgot_send(inputs)
	return en_forgot_send(inputs)
});