/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comp_TenderInputs */

const en_comp_tender = /** @type {(inputs: Comp_TenderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Tender (RFP)`)
};

const zh_cn2_comp_tender = /** @type {(inputs: Comp_TenderInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`招标`)
};

/**
* | output |
* | --- |
* | "Tender (RFP)" |
*
* @param {Comp_TenderInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_tender = /** @type {((inputs?: Comp_TenderInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_TenderInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comp_tender(inputs)
	return en_comp_tender(inputs)
});