/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sc_CaresInputs */

const en_sc_cares = /** @type {(inputs: Sc_CaresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The buyer cares about`)
};

const zh_cn2_sc_cares = /** @type {(inputs: Sc_CaresInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户最关心`)
};

/**
* | output |
* | --- |
* | "The buyer cares about" |
*
* @param {Sc_CaresInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_cares = /** @type {((inputs?: Sc_CaresInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_CaresInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sc_cares(inputs)
	return en_sc_cares(inputs)
});