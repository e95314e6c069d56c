/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Not_FoundInputs */

const en_not_found = /** @type {(inputs: Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This page does not exist.`)
};

const zh_cn2_not_found = /** @type {(inputs: Not_FoundInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`页面不存在。`)
};

/**
* | output |
* | --- |
* | "This page does not exist." |
*
* @param {Not_FoundInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const not_found = /** @type {((inputs?: Not_FoundInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Not_FoundInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_not_found(inputs)
	return en_not_found(inputs)
});