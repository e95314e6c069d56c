/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_TitleInputs */

const en_rt_title = /** @type {(inputs: Rt_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Title`)
};

const zh_cn2_rt_title = /** @type {(inputs: Rt_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`职务`)
};

/**
* | output |
* | --- |
* | "Title" |
*
* @param {Rt_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_title = /** @type {((inputs?: Rt_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_title(inputs)
	return en_rt_title(inputs)
});