/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sc_Sales_TrackInputs */

const en_sc_sales_track = /** @type {(inputs: Sc_Sales_TrackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`How we sell`)
};

const zh_cn2_sc_sales_track = /** @type {(inputs: Sc_Sales_TrackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`销售阶段`)
};

/**
* | output |
* | --- |
* | "How we sell" |
*
* @param {Sc_Sales_TrackInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_sales_track = /** @type {((inputs?: Sc_Sales_TrackInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_Sales_TrackInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sc_sales_track(inputs)
	return en_sc_sales_track(inputs)
});