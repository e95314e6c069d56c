/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comp_AddInputs */

const en_comp_add = /** @type {(inputs: Comp_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a competitor`)
};

const zh_cn2_comp_add = /** @type {(inputs: Comp_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加竞争对手`)
};

/**
* | output |
* | --- |
* | "Add a competitor" |
*
* @param {Comp_AddInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_add = /** @type {((inputs?: Comp_AddInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_AddInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comp_add(inputs)
	return en_comp_add(inputs)
});