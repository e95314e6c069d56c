/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_Scale_ElevenInputs */

const en_settings_scale_eleven = /** @type {(inputs: Settings_Scale_ElevenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`11-point, detailed: −5 firmly against us … +5 champions us`)
};

const zh_cn2_settings_scale_eleven = /** @type {(inputs: Settings_Scale_ElevenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`11 级(详细):−5 坚决反对 … +5 全力支持`)
};

/**
* | output |
* | --- |
* | "11-point, detailed: −5 firmly against us … +5 champions us" |
*
* @param {Settings_Scale_ElevenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const settings_scale_eleven = /** @type {((inputs?: Settings_Scale_ElevenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Scale_ElevenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_settings_scale_eleven(inputs)
	return en_settings_scale_eleven(inputs)
});