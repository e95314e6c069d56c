/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comp_Home_CourtInputs */

const en_comp_home_court = /** @type {(inputs: Comp_Home_CourtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Whose home court`)
};

const zh_cn2_comp_home_court = /** @type {(inputs: Comp_Home_CourtInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`谁的主场`)
};

/**
* | output |
* | --- |
* | "Whose home court" |
*
* @param {Comp_Home_CourtInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_home_court = /** @type {((inputs?: Comp_Home_CourtInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_Home_CourtInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comp_home_court(inputs)
	return en_comp_home_court(inputs)
});