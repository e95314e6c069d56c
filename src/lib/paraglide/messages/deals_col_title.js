/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deals_Col_TitleInputs */

const en_deals_col_title = /** @type {(inputs: Deals_Col_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deal`)
};

const zh_cn2_deals_col_title = /** @type {(inputs: Deals_Col_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机`)
};

/**
* | output |
* | --- |
* | "Deal" |
*
* @param {Deals_Col_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_title = /** @type {((inputs?: Deals_Col_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deals_col_title(inputs)
	return en_deals_col_title(inputs)
});