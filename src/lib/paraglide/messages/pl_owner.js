/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_OwnerInputs */

const en_pl_owner = /** @type {(inputs: Pl_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Owner`)
};

const zh_cn2_pl_owner = /** @type {(inputs: Pl_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`负责人`)
};

/**
* | output |
* | --- |
* | "Owner" |
*
* @param {Pl_OwnerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_owner = /** @type {((inputs?: Pl_OwnerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_OwnerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_owner(inputs)
	return en_pl_owner(inputs)
});