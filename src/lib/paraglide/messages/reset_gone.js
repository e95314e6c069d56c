/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Reset_GoneInputs */

const en_reset_gone = /** @type {(inputs: Reset_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This reset link has expired or has already been used. Ask for a new one.`)
};

const zh_cn2_reset_gone = /** @type {(inputs: Reset_GoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此重置链接已过期或已被使用。请重新申请。`)
};

/**
* | output |
* | --- |
* | "This reset link has expired or has already been used. Ask for a new one." |
*
* @param {Reset_GoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const reset_gone = /** @type {((inputs?: Reset_GoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Reset_GoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_reset_gone(inputs)
	return en_reset_gone(inputs)
});