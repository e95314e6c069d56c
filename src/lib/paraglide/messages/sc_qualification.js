/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sc_QualificationInputs */

const en_sc_qualification = /** @type {(inputs: Sc_QualificationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Is the opportunity real?`)
};

const zh_cn2_sc_qualification = /** @type {(inputs: Sc_QualificationInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机是否真实?`)
};

/**
* | output |
* | --- |
* | "Is the opportunity real?" |
*
* @param {Sc_QualificationInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_qualification = /** @type {((inputs?: Sc_QualificationInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_QualificationInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sc_qualification(inputs)
	return en_sc_qualification(inputs)
});