/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Offline_UnavailableInputs */

const en_offline_unavailable = /** @type {(inputs: Offline_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`This page needs a connection to the server and is not available offline.`)
};

const zh_cn2_offline_unavailable = /** @type {(inputs: Offline_UnavailableInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`此页面需要连接服务器,离线时不可用。`)
};

/**
* | output |
* | --- |
* | "This page needs a connection to the server and is not available offline." |
*
* @param {Offline_UnavailableInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const offline_unavailable = /** @type {((inputs?: Offline_UnavailableInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Offline_UnavailableInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_offline_unavailable(inputs)
	return en_offline_unavailable(inputs)
});