/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_OwnerInputs */

const en_export_owner = /** @type {(inputs: Export_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deal owner`)
};

const zh_cn2_export_owner = /** @type {(inputs: Export_OwnerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机负责人`)
};

/**
* | output |
* | --- |
* | "Deal owner" |
*
* @param {Export_OwnerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_owner = /** @type {((inputs?: Export_OwnerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_OwnerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_export_owner(inputs)
	return en_export_owner(inputs)
});