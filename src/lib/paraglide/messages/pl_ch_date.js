/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Ch_DateInputs */

const en_pl_ch_date = /** @type {(inputs: Pl_Ch_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`close date`)
};

const zh_cn2_pl_ch_date = /** @type {(inputs: Pl_Ch_DateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`日期变化`)
};

/**
* | output |
* | --- |
* | "close date" |
*
* @param {Pl_Ch_DateInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_date = /** @type {((inputs?: Pl_Ch_DateInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_DateInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_ch_date(inputs)
	return en_pl_ch_date(inputs)
});