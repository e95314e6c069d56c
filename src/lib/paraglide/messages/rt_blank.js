/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_BlankInputs */

const en_rt_blank = /** @type {(inputs: Rt_BlankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`—`)
};

const zh_cn2_rt_blank = /** @type {(inputs: Rt_BlankInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`—`)
};

/**
* | output |
* | --- |
* | "—" |
*
* @param {Rt_BlankInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_blank = /** @type {((inputs?: Rt_BlankInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_BlankInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_blank(inputs)
	return en_rt_blank(inputs)
});