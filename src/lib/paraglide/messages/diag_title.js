/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Diag_TitleInputs */

const en_diag_title = /** @type {(inputs: Diag_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Diagnosis`)
};

const zh_cn2_diag_title = /** @type {(inputs: Diag_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`诊断`)
};

/**
* | output |
* | --- |
* | "Diagnosis" |
*
* @param {Diag_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const diag_title = /** @type {((inputs?: Diag_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Diag_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_diag_title(inputs)
	return en_diag_title(inputs)
});