/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_LostInputs */

const en_status_lost = /** @type {(inputs: Status_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lost`)
};

const zh_cn2_status_lost = /** @type {(inputs: Status_LostInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`丢单`)
};

/**
* | output |
* | --- |
* | "Lost" |
*
* @param {Status_LostInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const status_lost = /** @type {((inputs?: Status_LostInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_LostInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_status_lost(inputs)
	return en_status_lost(inputs)
});