/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_EveryoneInputs */

const en_pl_everyone = /** @type {(inputs: Pl_EveryoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Everyone`)
};

const zh_cn2_pl_everyone = /** @type {(inputs: Pl_EveryoneInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`所有人`)
};

/**
* | output |
* | --- |
* | "Everyone" |
*
* @param {Pl_EveryoneInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_everyone = /** @type {((inputs?: Pl_EveryoneInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_EveryoneInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_everyone(inputs)
	return en_pl_everyone(inputs)
});