/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_Save_RatesInputs */

const en_pl_save_rates = /** @type {(inputs: Pl_Save_RatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Save rates`)
};

const zh_cn2_pl_save_rates = /** @type {(inputs: Pl_Save_RatesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`保存赢率`)
};

/**
* | output |
* | --- |
* | "Save rates" |
*
* @param {Pl_Save_RatesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_save_rates = /** @type {((inputs?: Pl_Save_RatesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_Save_RatesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_save_rates(inputs)
	return en_pl_save_rates(inputs)
});