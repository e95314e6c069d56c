/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sync_DeniedInputs */

const en_sync_denied = /** @type {(inputs: Sync_DeniedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server refused your changes: you cannot edit this deal.`)
};

const zh_cn2_sync_denied = /** @type {(inputs: Sync_DeniedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`服务器拒绝了你的修改:你没有编辑权限。`)
};

/**
* | output |
* | --- |
* | "The server refused your changes: you cannot edit this deal." |
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