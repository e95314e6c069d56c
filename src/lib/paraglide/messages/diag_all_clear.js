/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Diag_All_ClearInputs */

const en_diag_all_clear = /** @type {(inputs: Diag_All_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No warning signs.`)
};

const zh_cn2_diag_all_clear = /** @type {(inputs: Diag_All_ClearInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`暂无风险信号。`)
};

/**
* | output |
* | --- |
* | "No warning signs." |
*
* @param {Diag_All_ClearInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const diag_all_clear = /** @type {((inputs?: Diag_All_ClearInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diag_All_ClearInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_diag_all_clear(inputs)
	return en_diag_all_clear(inputs)
});