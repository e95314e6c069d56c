/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Outside_FunnelInputs */

const en_pl_outside_funnel = /** @type {(inputs: Pl_Outside_FunnelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`above the funnel`)
};

const zh_cn2_pl_outside_funnel = /** @type {(inputs: Pl_Outside_FunnelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`漏斗之外`)
};

/**
* | output |
* | --- |
* | "above the funnel" |
*
* @param {Pl_Outside_FunnelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_outside_funnel = /** @type {((inputs?: Pl_Outside_FunnelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Outside_FunnelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_outside_funnel(inputs)
	return en_pl_outside_funnel(inputs)
});