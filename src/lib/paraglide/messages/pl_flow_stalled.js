/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ days: NonNullable<unknown> }} Pl_Flow_StalledInputs */

const en_pl_flow_stalled = /** @type {(inputs: Pl_Flow_StalledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`stalled ${i?.days} days`)
};

const zh_cn2_pl_flow_stalled = /** @type {(inputs: Pl_Flow_StalledInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`停滞 ${i?.days} 天`)
};

/**
* | output |
* | --- |
* | "stalled {days} days" |
*
* @param {Pl_Flow_StalledInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_flow_stalled = /** @type {((inputs: Pl_Flow_StalledInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Flow_StalledInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_flow_stalled(inputs)
	return en_pl_flow_stalled(inputs)
});