/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Diag_No_RemedyInputs */

const en_diag_no_remedy = /** @type {(inputs: Diag_No_RemedyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no next action yet`)
};

const zh_cn2_diag_no_remedy = /** @type {(inputs: Diag_No_RemedyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`尚无补救措施`)
};

/**
* | output |
* | --- |
* | "no next action yet" |
*
* @param {Diag_No_RemedyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const diag_no_remedy = /** @type {((inputs?: Diag_No_RemedyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diag_No_RemedyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_diag_no_remedy(inputs)
	return en_diag_no_remedy(inputs)
});