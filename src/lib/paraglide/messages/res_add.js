/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Res_AddInputs */

const en_res_add = /** @type {(inputs: Res_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a resource`)
};

const zh_cn2_res_add = /** @type {(inputs: Res_AddInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加资源`)
};

/**
* | output |
* | --- |
* | "Add a resource" |
*
* @param {Res_AddInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_add = /** @type {((inputs?: Res_AddInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_AddInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_res_add(inputs)
	return en_res_add(inputs)
});