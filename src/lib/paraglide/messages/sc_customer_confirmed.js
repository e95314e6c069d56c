/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sc_Customer_ConfirmedInputs */

const en_sc_customer_confirmed = /** @type {(inputs: Sc_Customer_ConfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Customer confirmed`)
};

const zh_cn2_sc_customer_confirmed = /** @type {(inputs: Sc_Customer_ConfirmedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户已确认`)
};

/**
* | output |
* | --- |
* | "Customer confirmed" |
*
* @param {Sc_Customer_ConfirmedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_customer_confirmed = /** @type {((inputs?: Sc_Customer_ConfirmedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_Customer_ConfirmedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sc_customer_confirmed(inputs)
	return en_sc_customer_confirmed(inputs)
});