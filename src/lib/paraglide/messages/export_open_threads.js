/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_Open_ThreadsInputs */

const en_export_open_threads = /** @type {(inputs: Export_Open_ThreadsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open comment threads`)
};

const zh_cn2_export_open_threads = /** @type {(inputs: Export_Open_ThreadsInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`未解决的评论`)
};

/**
* | output |
* | --- |
* | "Open comment threads" |
*
* @param {Export_Open_ThreadsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_open_threads = /** @type {((inputs?: Export_Open_ThreadsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_Open_ThreadsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_export_open_threads(inputs)
	return en_export_open_threads(inputs)
});