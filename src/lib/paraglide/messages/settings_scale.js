/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_ScaleInputs */

const en_settings_scale = /** @type {(inputs: Settings_ScaleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Support scale for new role tables`)
};

const zh_cn2_settings_scale = /** @type {(inputs: Settings_ScaleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新建角色表使用的支持度量表`)
};

/**
* | output |
* | --- |
* | "Support scale for new role tables" |
*
* @param {Settings_ScaleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const settings_scale = /** @type {((inputs?: Settings_ScaleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_ScaleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_settings_scale(inputs)
	return en_settings_scale(inputs)
});