/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Win_RateInputs */

const en_pl_win_rate = /** @type {(inputs: Pl_Win_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Win rate`)
};

const zh_cn2_pl_win_rate = /** @type {(inputs: Pl_Win_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢率`)
};

/**
* | output |
* | --- |
* | "Win rate" |
*
* @param {Pl_Win_RateInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_win_rate = /** @type {((inputs?: Pl_Win_RateInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Win_RateInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_win_rate(inputs)
	return en_pl_win_rate(inputs)
});