/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sign_Out_OfflineInputs */

const en_sign_out_offline = /** @type {(inputs: Sign_Out_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Signing out needs a connection, so that nothing on this device is lost.`)
};

const zh_cn2_sign_out_offline = /** @type {(inputs: Sign_Out_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`退出登录需要网络连接,以免本设备上的内容丢失。`)
};

/**
* | output |
* | --- |
* | "Signing out needs a connection, so that nothing on this device is lost." |
*
* @param {Sign_Out_OfflineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sign_out_offline = /** @type {((inputs?: Sign_Out_OfflineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sign_Out_OfflineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sign_out_offline(inputs)
	return en_sign_out_offline(inputs)
});