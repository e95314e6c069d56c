/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_PersonInputs */

const en_rt_person = /** @type {(inputs: Rt_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Person`)
};

const zh_cn2_rt_person = /** @type {(inputs: Rt_PersonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`人员`)
};

/**
* | output |
* | --- |
* | "Person" |
*
* @param {Rt_PersonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_person = /** @type {((inputs?: Rt_PersonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_PersonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_person(inputs)
	return en_rt_person(inputs)
});