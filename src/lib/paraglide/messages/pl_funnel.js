/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_FunnelInputs */

const en_pl_funnel = /** @type {(inputs: Pl_FunnelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Funnel`)
};

const zh_cn2_pl_funnel = /** @type {(inputs: Pl_FunnelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`销售漏斗`)
};

/**
* | output |
* | --- |
* | "Funnel" |
*
* @param {Pl_FunnelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_funnel = /** @type {((inputs?: Pl_FunnelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_FunnelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_funnel(inputs)
	return en_pl_funnel(inputs)
});