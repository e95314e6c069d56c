/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Save_On_DeviceInputs */

const en_save_on_device = /** @type {(inputs: Save_On_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} changes on this device, not yet saved`)
};

const zh_cn2_save_on_device = /** @type {(inputs: Save_On_DeviceInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`本设备上有 ${i?.count} 处修改尚未保存`)
};

/**
* | output |
* | --- |
* | "{count} changes on this device, not yet saved" |
*
* @param {Save_On_DeviceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const save_on_device = /** @type {((inputs: Save_On_DeviceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Save_On_DeviceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_save_on_device(inputs)
	return en_save_on_device(inputs)
});