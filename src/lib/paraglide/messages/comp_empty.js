/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comp_EmptyInputs */

const en_comp_empty = /** @type {(inputs: Comp_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No competitor listed yet.`)
};

const zh_cn2_comp_empty = /** @type {(inputs: Comp_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有列出竞争对手。`)
};

/**
* | output |
* | --- |
* | "No competitor listed yet." |
*
* @param {Comp_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_empty = /** @type {((inputs?: Comp_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comp_empty(inputs)
	return en_comp_empty(inputs)
});