/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_DetailsInputs */

const en_rt_details = /** @type {(inputs: Rt_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Details`)
};

const zh_cn2_rt_details = /** @type {(inputs: Rt_DetailsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`详情`)
};

/**
* | output |
* | --- |
* | "Details" |
*
* @param {Rt_DetailsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_details = /** @type {((inputs?: Rt_DetailsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_DetailsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_details(inputs)
	return en_rt_details(inputs)
});