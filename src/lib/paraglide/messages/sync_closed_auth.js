/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Sync_Closed_AuthInputs */

const en_sync_closed_auth = /** @type {(inputs: Sync_Closed_AuthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your session ended. Sign in again; your changes on this page are kept until then.`)
};

const zh_cn2_sync_closed_auth = /** @type {(inputs: Sync_Closed_AuthInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`登录已过期。请重新登录;在此之前,本页面上的修改会保留。`)
};

/**
* | output |
* | --- |
* | "Your session ended. Sign in again; your changes on this page are kept until then." |
*
* @param {Sync_Closed_AuthInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const sync_closed_auth = /** @type {((inputs?: Sync_Closed_AuthInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Sync_Closed_AuthInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_sync_closed_auth(inputs)
	return en_sync_closed_auth(inputs)
});