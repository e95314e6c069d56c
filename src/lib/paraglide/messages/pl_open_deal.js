/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Open_DealInputs */

const en_pl_open_deal = /** @type {(inputs: Pl_Open_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open the deal room`)
};

const zh_cn2_pl_open_deal = /** @type {(inputs: Pl_Open_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`打开项目空间`)
};

/**
* | output |
* | --- |
* | "Open the deal room" |
*
* @param {Pl_Open_DealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_open_deal = /** @type {((inputs?: Pl_Open_DealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Open_DealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_open_deal(inputs)
	return en_pl_open_deal(inputs)
});