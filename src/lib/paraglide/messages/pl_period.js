/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_PeriodInputs */

const en_pl_period = /** @type {(inputs: Pl_PeriodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Period`)
};

const zh_cn2_pl_period = /** @type {(inputs: Pl_PeriodInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`周期`)
};

/**
* | output |
* | --- |
* | "Period" |
*
* @param {Pl_PeriodInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_period = /** @type {((inputs?: Pl_PeriodInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_PeriodInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_period(inputs)
	return en_pl_period(inputs)
});