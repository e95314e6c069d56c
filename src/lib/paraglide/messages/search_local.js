/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Search_LocalInputs */

const en_search_local = /** @type {(inputs: Search_LocalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Offline: results from the deals kept on this device.`)
};

const zh_cn2_search_local = /** @type {(inputs: Search_LocalInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`离线:结果来自本设备保存的商机。`)
};

/**
* | output |
* | --- |
* | "Offline: results from the deals kept on this device." |
*
* @param {Search_LocalInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_local = /** @type {((inputs?: Search_LocalInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_LocalInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_search_local(inputs)
	return en_search_local(inputs)
});