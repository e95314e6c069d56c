/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sync_DeniedInputs */

const en_sync_denied = /** @type {(inputs: Sync_DeniedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server refused your changes: you can no longer edit this deal. Your copy on this device is kept; copy it out below.`)
};

const zh_cn2_sync_denied = /** @type {(inputs: Sync_DeniedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`服务器拒绝了你的修改:你已不能编辑这个作战室。本设备上的副本会保留,可在下方复制出来。`)
};

/**
* | output |
* | --- |
* | "The server refused your changes: you can no longer edit this deal. Your copy on this device is kept; copy it out below." |
*
* @param {Sync_DeniedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sync_denied = /** @type {((inputs?: Sync_DeniedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sync_DeniedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sync_denied(inputs)
	return en_sync_denied(inputs)
});