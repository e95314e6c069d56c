/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deals_TitleInputs */

const en_deals_title = /** @type {(inputs: Deals_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deals`)
};

const zh_cn2_deals_title = /** @type {(inputs: Deals_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机`)
};

/**
* | output |
* | --- |
* | "Deals" |
*
* @param {Deals_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_title = /** @type {((inputs?: Deals_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deals_title(inputs)
	return en_deals_title(inputs)
});