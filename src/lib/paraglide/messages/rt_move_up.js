/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Rt_Move_UpInputs */

const en_rt_move_up = /** @type {(inputs: Rt_Move_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Move up`)
};

const zh_cn2_rt_move_up = /** @type {(inputs: Rt_Move_UpInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`上移`)
};

/**
* | output |
* | --- |
* | "Move up" |
*
* @param {Rt_Move_UpInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const rt_move_up = /** @type {((inputs?: Rt_Move_UpInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Rt_Move_UpInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_rt_move_up(inputs)
	return en_rt_move_up(inputs)
});