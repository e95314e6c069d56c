/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pb_UsInputs */

const en_pb_us = /** @type {(inputs: Pb_UsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Us`)
};

const zh_cn2_pb_us = /** @type {(inputs: Pb_UsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我们`)
};

/**
* | output |
* | --- |
* | "Us" |
*
* @param {Pb_UsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pb_us = /** @type {((inputs?: Pb_UsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pb_UsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pb_us(inputs)
	return en_pb_us(inputs)
});