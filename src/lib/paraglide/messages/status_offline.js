/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_OfflineInputs */

const en_status_offline = /** @type {(inputs: Status_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Offline`)
};

const zh_cn2_status_offline = /** @type {(inputs: Status_OfflineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`离线`)
};

/**
* | output |
* | --- |
* | "Offline" |
*
* @param {Status_OfflineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const status_offline = /** @type {((inputs?: Status_OfflineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_OfflineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_status_offline(inputs)
	return en_status_offline(inputs)
});