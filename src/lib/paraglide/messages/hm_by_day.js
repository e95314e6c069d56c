/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hm_By_DayInputs */

const en_hm_by_day = /** @type {(inputs: Hm_By_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`By day`)
};

const zh_cn2_hm_by_day = /** @type {(inputs: Hm_By_DayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`按天`)
};

/**
* | output |
* | --- |
* | "By day" |
*
* @param {Hm_By_DayInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hm_by_day = /** @type {((inputs?: Hm_By_DayInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hm_By_DayInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hm_by_day(inputs)
	return en_hm_by_day(inputs)
});