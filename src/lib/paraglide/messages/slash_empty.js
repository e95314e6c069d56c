/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Slash_EmptyInputs */

const en_slash_empty = /** @type {(inputs: Slash_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No block matches`)
};

const zh_cn2_slash_empty = /** @type {(inputs: Slash_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`没有匹配的模块`)
};

/**
* | output |
* | --- |
* | "No block matches" |
*
* @param {Slash_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const slash_empty = /** @type {((inputs?: Slash_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Slash_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_slash_empty(inputs)
	return en_slash_empty(inputs)
});