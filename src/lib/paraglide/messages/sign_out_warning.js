/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Sign_Out_WarningInputs */

const en_sign_out_warning = /** @type {(inputs: Sign_Out_WarningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} changes on this device have not reached the server yet. Signing out deletes this device's copies of your deals, and those changes with them.`)
};

const zh_cn2_sign_out_warning = /** @type {(inputs: Sign_Out_WarningInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`本设备上有 ${i?.count} 处修改尚未同步到服务器。退出登录会删除本设备上的作战室副本,这些修改也会一并删除。`)
};

/**
* | output |
* | --- |
* | "{count} changes on this device have not reached the server yet. Signing out deletes this device's copies of your deals, and those changes with them." |
*
* @param {Sign_Out_WarningInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sign_out_warning = /** @type {((inputs: Sign_Out_WarningInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sign_Out_WarningInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sign_out_warning(inputs)
	return en_sign_out_warning(inputs)
});