/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_WonInputs */

const en_status_won = /** @type {(inputs: Status_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Won`)
};

const zh_cn2_status_won = /** @type {(inputs: Status_WonInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`赢单`)
};

/**
* | output |
* | --- |
* | "Won" |
*
* @param {Status_WonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const status_won = /** @type {((inputs?: Status_WonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_WonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_status_won(inputs)
	return en_status_won(inputs)
});