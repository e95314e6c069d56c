/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_FlagsInputs */

const en_pl_flags = /** @type {(inputs: Pl_FlagsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diagnosis`)
};

const zh_cn2_pl_flags = /** @type {(inputs: Pl_FlagsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`诊断`)
};

/**
* | output |
* | --- |
* | "Diagnosis" |
*
* @param {Pl_FlagsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_flags = /** @type {((inputs?: Pl_FlagsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_FlagsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_flags(inputs)
	return en_pl_flags(inputs)
});