/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deal_OwnerInputs */

const en_deal_owner = /** @type {(inputs: Deal_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner`)
};

const zh_cn2_deal_owner = /** @type {(inputs: Deal_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`负责人`)
};

/**
* | output |
* | --- |
* | "Owner" |
*
* @param {Deal_OwnerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deal_owner = /** @type {((inputs?: Deal_OwnerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deal_OwnerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deal_owner(inputs)
	return en_deal_owner(inputs)
});