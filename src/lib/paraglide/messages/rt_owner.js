/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_OwnerInputs */

const en_rt_owner = /** @type {(inputs: Rt_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner`)
};

const zh_cn2_rt_owner = /** @type {(inputs: Rt_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`负责人`)
};

/**
* | output |
* | --- |
* | "Owner" |
*
* @param {Rt_OwnerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_owner = /** @type {((inputs?: Rt_OwnerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_OwnerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_owner(inputs)
	return en_rt_owner(inputs)
});