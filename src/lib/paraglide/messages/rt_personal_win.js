/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_Personal_WinInputs */

const en_rt_personal_win = /** @type {(inputs: Rt_Personal_WinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Personal win`)
};

const zh_cn2_rt_personal_win = /** @type {(inputs: Rt_Personal_WinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`个人赢`)
};

/**
* | output |
* | --- |
* | "Personal win" |
*
* @param {Rt_Personal_WinInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_personal_win = /** @type {((inputs?: Rt_Personal_WinInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Personal_WinInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_personal_win(inputs)
	return en_rt_personal_win(inputs)
});