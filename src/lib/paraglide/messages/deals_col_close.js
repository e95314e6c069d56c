/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deals_Col_CloseInputs */

const en_deals_col_close = /** @type {(inputs: Deals_Col_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close date`)
};

const zh_cn2_deals_col_close = /** @type {(inputs: Deals_Col_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`预计成交日期`)
};

/**
* | output |
* | --- |
* | "Close date" |
*
* @param {Deals_Col_CloseInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_close = /** @type {((inputs?: Deals_Col_CloseInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_CloseInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deals_col_close(inputs)
	return en_deals_col_close(inputs)
});