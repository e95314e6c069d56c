/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Settings_Only_ManagersInputs */

const en_settings_only_managers = /** @type {(inputs: Settings_Only_ManagersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only a workspace owner or manager can change settings.`)
};

const zh_cn2_settings_only_managers = /** @type {(inputs: Settings_Only_ManagersInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有工作区所有者或经理可以修改设置。`)
};

/**
* | output |
* | --- |
* | "Only a workspace owner or manager can change settings." |
*
* @param {Settings_Only_ManagersInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const settings_only_managers = /** @type {((inputs?: Settings_Only_ManagersInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Settings_Only_ManagersInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_settings_only_managers(inputs)
	return en_settings_only_managers(inputs)
});