/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pos_TemperatureInputs */

const en_pos_temperature = /** @type {(inputs: Pos_TemperatureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Temperature`)
};

const zh_cn2_pos_temperature = /** @type {(inputs: Pos_TemperatureInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`项目温度`)
};

/**
* | output |
* | --- |
* | "Temperature" |
*
* @param {Pos_TemperatureInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pos_temperature = /** @type {((inputs?: Pos_TemperatureInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pos_TemperatureInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pos_temperature(inputs)
	return en_pos_temperature(inputs)
});