/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Comp_RemoveInputs */

const en_comp_remove = /** @type {(inputs: Comp_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove competitor`)
};

const zh_cn2_comp_remove = /** @type {(inputs: Comp_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`删除竞争对手`)
};

/**
* | output |
* | --- |
* | "Remove competitor" |
*
* @param {Comp_RemoveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const comp_remove = /** @type {((inputs?: Comp_RemoveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Comp_RemoveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_comp_remove(inputs)
	return en_comp_remove(inputs)
});