/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_MonthInputs */

const en_pl_month = /** @type {(inputs: Pl_MonthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By month`)
};

const zh_cn2_pl_month = /** @type {(inputs: Pl_MonthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`按月`)
};

/**
* | output |
* | --- |
* | "By month" |
*
* @param {Pl_MonthInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_month = /** @type {((inputs?: Pl_MonthInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_MonthInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_month(inputs)
	return en_pl_month(inputs)
});