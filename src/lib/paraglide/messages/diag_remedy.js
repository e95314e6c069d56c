/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Diag_RemedyInputs */

const en_diag_remedy = /** @type {(inputs: Diag_RemedyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next action`)
};

const zh_cn2_diag_remedy = /** @type {(inputs: Diag_RemedyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`补救措施`)
};

/**
* | output |
* | --- |
* | "Next action" |
*
* @param {Diag_RemedyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const diag_remedy = /** @type {((inputs?: Diag_RemedyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diag_RemedyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_diag_remedy(inputs)
	return en_diag_remedy(inputs)
});