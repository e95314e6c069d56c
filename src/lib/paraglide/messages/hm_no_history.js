/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hm_No_HistoryInputs */

const en_hm_no_history = /** @type {(inputs: Hm_No_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No support changes recorded yet.`)
};

const zh_cn2_hm_no_history = /** @type {(inputs: Hm_No_HistoryInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有支持度变化记录。`)
};

/**
* | output |
* | --- |
* | "No support changes recorded yet." |
*
* @param {Hm_No_HistoryInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hm_no_history = /** @type {((inputs?: Hm_No_HistoryInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hm_No_HistoryInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hm_no_history(inputs)
	return en_hm_no_history(inputs)
});