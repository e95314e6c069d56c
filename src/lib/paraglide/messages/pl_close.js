/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_CloseInputs */

const en_pl_close = /** @type {(inputs: Pl_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Close date`)
};

const zh_cn2_pl_close = /** @type {(inputs: Pl_CloseInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`预计成交`)
};

/**
* | output |
* | --- |
* | "Close date" |
*
* @param {Pl_CloseInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_close = /** @type {((inputs?: Pl_CloseInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_CloseInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_close(inputs)
	return en_pl_close(inputs)
});