/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_OpenInputs */

const en_status_open = /** @type {(inputs: Status_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Open`)
};

const zh_cn2_status_open = /** @type {(inputs: Status_OpenInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`进行中`)
};

/**
* | output |
* | --- |
* | "Open" |
*
* @param {Status_OpenInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const status_open = /** @type {((inputs?: Status_OpenInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_OpenInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_status_open(inputs)
	return en_status_open(inputs)
});