/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pb_Shaped_ByInputs */

const en_pb_shaped_by = /** @type {(inputs: Pb_Shaped_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Shaped by`)
};

const zh_cn2_pb_shaped_by = /** @type {(inputs: Pb_Shaped_ByInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`主导者`)
};

/**
* | output |
* | --- |
* | "Shaped by" |
*
* @param {Pb_Shaped_ByInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_shaped_by = /** @type {((inputs?: Pb_Shaped_ByInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_Shaped_ByInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pb_shaped_by(inputs)
	return en_pb_shaped_by(inputs)
});