/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_FallbackInputs */

const en_pl_fallback = /** @type {(inputs: Pl_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your rate`)
};

const zh_cn2_pl_fallback = /** @type {(inputs: Pl_FallbackInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`设定赢率`)
};

/**
* | output |
* | --- |
* | "Your rate" |
*
* @param {Pl_FallbackInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_fallback = /** @type {((inputs?: Pl_FallbackInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_FallbackInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_fallback(inputs)
	return en_pl_fallback(inputs)
});