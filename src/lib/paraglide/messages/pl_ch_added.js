/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Ch_AddedInputs */

const en_pl_ch_added = /** @type {(inputs: Pl_Ch_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`added`)
};

const zh_cn2_pl_ch_added = /** @type {(inputs: Pl_Ch_AddedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新增`)
};

/**
* | output |
* | --- |
* | "added" |
*
* @param {Pl_Ch_AddedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_ch_added = /** @type {((inputs?: Pl_Ch_AddedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Ch_AddedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_ch_added(inputs)
	return en_pl_ch_added(inputs)
});