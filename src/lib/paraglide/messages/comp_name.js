/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comp_NameInputs */

const en_comp_name = /** @type {(inputs: Comp_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Competitor`)
};

const zh_cn2_comp_name = /** @type {(inputs: Comp_NameInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`竞争对手`)
};

/**
* | output |
* | --- |
* | "Competitor" |
*
* @param {Comp_NameInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_name = /** @type {((inputs?: Comp_NameInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_NameInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comp_name(inputs)
	return en_comp_name(inputs)
});