/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nav_New_DealInputs */

const en_nav_new_deal = /** @type {(inputs: Nav_New_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New deal`)
};

const zh_cn2_nav_new_deal = /** @type {(inputs: Nav_New_DealInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新建商机`)
};

/**
* | output |
* | --- |
* | "New deal" |
*
* @param {Nav_New_DealInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nav_new_deal = /** @type {((inputs?: Nav_New_DealInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_New_DealInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_nav_new_deal(inputs)
	return en_nav_new_deal(inputs)
});