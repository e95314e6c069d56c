/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Mark_LostInputs */

const en_mark_lost = /** @type {(inputs: Mark_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mark lost`)
};

const zh_cn2_mark_lost = /** @type {(inputs: Mark_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`标记丢单`)
};

/**
* | output |
* | --- |
* | "Mark lost" |
*
* @param {Mark_LostInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mark_lost = /** @type {((inputs?: Mark_LostInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mark_LostInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_mark_lost(inputs)
	return en_mark_lost(inputs)
});