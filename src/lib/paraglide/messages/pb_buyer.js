/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pb_BuyerInputs */

const en_pb_buyer = /** @type {(inputs: Pb_BuyerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The buyer alone`)
};

const zh_cn2_pb_buyer = /** @type {(inputs: Pb_BuyerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户自己`)
};

/**
* | output |
* | --- |
* | "The buyer alone" |
*
* @param {Pb_BuyerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_buyer = /** @type {((inputs?: Pb_BuyerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_BuyerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pb_buyer(inputs)
	return en_pb_buyer(inputs)
});