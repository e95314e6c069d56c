/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hm_TimelineInputs */

const en_hm_timeline = /** @type {(inputs: Hm_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Support over time`)
};

const zh_cn2_hm_timeline = /** @type {(inputs: Hm_TimelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`支持度变化`)
};

/**
* | output |
* | --- |
* | "Support over time" |
*
* @param {Hm_TimelineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hm_timeline = /** @type {((inputs?: Hm_TimelineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hm_TimelineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hm_timeline(inputs)
	return en_hm_timeline(inputs)
});