/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Ch_WonInputs */

const en_pl_ch_won = /** @type {(inputs: Pl_Ch_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`won`)
};

const zh_cn2_pl_ch_won = /** @type {(inputs: Pl_Ch_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢单`)
};

/**
* | output |
* | --- |
* | "won" |
*
* @param {Pl_Ch_WonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_won = /** @type {((inputs?: Pl_Ch_WonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_WonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_ch_won(inputs)
	return en_pl_ch_won(inputs)
});