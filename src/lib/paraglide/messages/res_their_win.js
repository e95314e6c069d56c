/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Res_Their_WinInputs */

const en_res_their_win = /** @type {(inputs: Res_Their_WinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Their own win`)
};

const zh_cn2_res_their_win = /** @type {(inputs: Res_Their_WinInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`资源自己的“赢”`)
};

/**
* | output |
* | --- |
* | "Their own win" |
*
* @param {Res_Their_WinInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const res_their_win = /** @type {((inputs?: Res_Their_WinInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Res_Their_WinInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_res_their_win(inputs)
	return en_res_their_win(inputs)
});