/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sync_Paused_RateInputs */

const en_sync_paused_rate = /** @type {(inputs: Sync_Paused_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Too many changes at once: the server paused this connection for a moment. Reconnecting by itself; your changes stay on this device until they are saved.`)
};

const zh_cn2_sync_paused_rate = /** @type {(inputs: Sync_Paused_RateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`短时间内修改过多：服务器暂停了此连接，稍后会自动重连；保存前你的修改都保留在本设备上。`)
};

/**
* | output |
* | --- |
* | "Too many changes at once: the server paused this connection for a moment. Reconnecting by itself; your changes stay on this device until they are saved." |
*
* @param {Sync_Paused_RateInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sync_paused_rate = /** @type {((inputs?: Sync_Paused_RateInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sync_Paused_RateInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sync_paused_rate(inputs)
	return en_sync_paused_rate(inputs)
});