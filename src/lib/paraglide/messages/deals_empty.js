/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deals_EmptyInputs */

const en_deals_empty = /** @type {(inputs: Deals_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No deals yet. Create the first one to open its deal room.`)
};

const zh_cn2_deals_empty = /** @type {(inputs: Deals_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有商机。新建第一个商机,打开它的作战室。`)
};

/**
* | output |
* | --- |
* | "No deals yet. Create the first one to open its deal room." |
*
* @param {Deals_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_empty = /** @type {((inputs?: Deals_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deals_empty(inputs)
	return en_deals_empty(inputs)
});