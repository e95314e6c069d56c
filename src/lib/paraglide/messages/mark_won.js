/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Mark_WonInputs */

const en_mark_won = /** @type {(inputs: Mark_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mark won`)
};

const zh_cn2_mark_won = /** @type {(inputs: Mark_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`标记赢单`)
};

/**
* | output |
* | --- |
* | "Mark won" |
*
* @param {Mark_WonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const mark_won = /** @type {((inputs?: Mark_WonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Mark_WonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_mark_won(inputs)
	return en_mark_won(inputs)
});