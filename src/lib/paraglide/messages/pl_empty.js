/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_EmptyInputs */

const en_pl_empty = /** @type {(inputs: Pl_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No open deals yet. Create one from Deals.`)
};

const zh_cn2_pl_empty = /** @type {(inputs: Pl_EmptyInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`还没有进行中的项目。请在“项目”中新建。`)
};

/**
* | output |
* | --- |
* | "No open deals yet. Create one from Deals." |
*
* @param {Pl_EmptyInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_empty = /** @type {((inputs?: Pl_EmptyInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_EmptyInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_empty(inputs)
	return en_pl_empty(inputs)
});