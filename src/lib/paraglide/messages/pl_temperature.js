/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pl_TemperatureInputs */

const en_pl_temperature = /** @type {(inputs: Pl_TemperatureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Temp.`)
};

const zh_cn2_pl_temperature = /** @type {(inputs: Pl_TemperatureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`温度`)
};

/**
* | output |
* | --- |
* | "Temp." |
*
* @param {Pl_TemperatureInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pl_temperature = /** @type {((inputs?: Pl_TemperatureInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pl_TemperatureInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pl_temperature(inputs)
	return en_pl_temperature(inputs)
});