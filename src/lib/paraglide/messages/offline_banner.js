/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Offline_BannerInputs */

const en_offline_banner = /** @type {(inputs: Offline_BannerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`You are offline. Deals you opened on this device can be read and edited; your changes are saved when the connection returns.`)
};

const zh_cn2_offline_banner = /** @type {(inputs: Offline_BannerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`当前离线。在本设备上打开过的作战室仍可查看和编辑,恢复连接后修改会自动保存。`)
};

/**
* | output |
* | --- |
* | "You are offline. Deals you opened on this device can be read and edited; your changes are saved when the connection returns." |
*
* @param {Offline_BannerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const offline_banner = /** @type {((inputs?: Offline_BannerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offline_BannerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_offline_banner(inputs)
	return en_offline_banner(inputs)
});