/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deal_Close_DateInputs */

const en_deal_close_date = /** @type {(inputs: Deal_Close_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Expected close date`)
};

const zh_cn2_deal_close_date = /** @type {(inputs: Deal_Close_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`预计成交日期`)
};

/**
* | output |
* | --- |
* | "Expected close date" |
*
* @param {Deal_Close_DateInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deal_close_date = /** @type {((inputs?: Deal_Close_DateInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deal_Close_DateInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deal_close_date(inputs)
	return en_deal_close_date(inputs)
});