/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_Scale_FiveInputs */

const en_settings_scale_five = /** @type {(inputs: Settings_Scale_FiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`5-point: −2 strongly opposed … +2 strong support`)
};

const zh_cn2_settings_scale_five = /** @type {(inputs: Settings_Scale_FiveInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`5 级:−2 非常反对 … +2 非常支持`)
};

/**
* | output |
* | --- |
* | "5-point: −2 strongly opposed … +2 strong support" |
*
* @param {Settings_Scale_FiveInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const settings_scale_five = /** @type {((inputs?: Settings_Scale_FiveInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Scale_FiveInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_settings_scale_five(inputs)
	return en_settings_scale_five(inputs)
});