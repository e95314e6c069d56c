/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_DueInputs */

const en_rt_due = /** @type {(inputs: Rt_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Due`)
};

const zh_cn2_rt_due = /** @type {(inputs: Rt_DueInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`截止日期`)
};

/**
* | output |
* | --- |
* | "Due" |
*
* @param {Rt_DueInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_due = /** @type {((inputs?: Rt_DueInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_DueInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_due(inputs)
	return en_rt_due(inputs)
});