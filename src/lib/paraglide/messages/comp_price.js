/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comp_PriceInputs */

const en_comp_price = /** @type {(inputs: Comp_PriceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The customer uses them to push our price down`)
};

const zh_cn2_comp_price = /** @type {(inputs: Comp_PriceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户借它压价`)
};

/**
* | output |
* | --- |
* | "The customer uses them to push our price down" |
*
* @param {Comp_PriceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_price = /** @type {((inputs?: Comp_PriceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_PriceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comp_price(inputs)
	return en_comp_price(inputs)
});