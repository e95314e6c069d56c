/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pb_Not_SetInputs */

const en_pb_not_set = /** @type {(inputs: Pb_Not_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— not set —`)
};

const zh_cn2_pb_not_set = /** @type {(inputs: Pb_Not_SetInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`— 未设置 —`)
};

/**
* | output |
* | --- |
* | "— not set —" |
*
* @param {Pb_Not_SetInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_not_set = /** @type {((inputs?: Pb_Not_SetInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_Not_SetInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pb_not_set(inputs)
	return en_pb_not_set(inputs)
});