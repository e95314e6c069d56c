/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sync_Paused_ServerInputs */

const en_sync_paused_server = /** @type {(inputs: Sync_Paused_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server had a problem with this deal. Reconnecting by itself; your changes stay on this device until they are saved.`)
};

const zh_cn2_sync_paused_server = /** @type {(inputs: Sync_Paused_ServerInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`服务器处理此商机时出现问题，正在自动重连；保存前你的修改都保留在本设备上。`)
};

/**
* | output |
* | --- |
* | "The server had a problem with this deal. Reconnecting by itself; your changes stay on this device until they are saved." |
*
* @param {Sync_Paused_ServerInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sync_paused_server = /** @type {((inputs?: Sync_Paused_ServerInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sync_Paused_ServerInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sync_paused_server(inputs)
	return en_sync_paused_server(inputs)
});