/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Back_To_DealsInputs */

const en_back_to_deals = /** @type {(inputs: Back_To_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Back to deals`)
};

const zh_cn2_back_to_deals = /** @type {(inputs: Back_To_DealsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`返回商机列表`)
};

/**
* | output |
* | --- |
* | "Back to deals" |
*
* @param {Back_To_DealsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const back_to_deals = /** @type {((inputs?: Back_To_DealsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Back_To_DealsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_back_to_deals(inputs)
	return en_back_to_deals(inputs)
});