/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sc_TodoInputs */

const en_sc_todo = /** @type {(inputs: Sc_TodoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`What to do`)
};

const zh_cn2_sc_todo = /** @type {(inputs: Sc_TodoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`该做什么`)
};

/**
* | output |
* | --- |
* | "What to do" |
*
* @param {Sc_TodoInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sc_todo = /** @type {((inputs?: Sc_TodoInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sc_TodoInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sc_todo(inputs)
	return en_sc_todo(inputs)
});