/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Here_NowInputs */

const en_here_now = /** @type {(inputs: Here_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Here now`)
};

const zh_cn2_here_now = /** @type {(inputs: Here_NowInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`在线`)
};

/**
* | output |
* | --- |
* | "Here now" |
*
* @param {Here_NowInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const here_now = /** @type {((inputs?: Here_NowInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Here_NowInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_here_now(inputs)
	return en_here_now(inputs)
});