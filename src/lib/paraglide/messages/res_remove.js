/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Res_RemoveInputs */

const en_res_remove = /** @type {(inputs: Res_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Remove resource`)
};

const zh_cn2_res_remove = /** @type {(inputs: Res_RemoveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`删除资源`)
};

/**
* | output |
* | --- |
* | "Remove resource" |
*
* @param {Res_RemoveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_remove = /** @type {((inputs?: Res_RemoveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_RemoveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_res_remove(inputs)
	return en_res_remove(inputs)
});