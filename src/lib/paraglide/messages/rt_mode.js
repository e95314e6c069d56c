/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_ModeInputs */

const en_rt_mode = /** @type {(inputs: Rt_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Response mode`)
};

const zh_cn2_rt_mode = /** @type {(inputs: Rt_ModeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`反馈模式`)
};

/**
* | output |
* | --- |
* | "Response mode" |
*
* @param {Rt_ModeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_mode = /** @type {((inputs?: Rt_ModeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_ModeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_mode(inputs)
	return en_rt_mode(inputs)
});