/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_ConnectingInputs */

const en_status_connecting = /** @type {(inputs: Status_ConnectingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Connecting…`)
};

const zh_cn2_status_connecting = /** @type {(inputs: Status_ConnectingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`连接中…`)
};

/**
* | output |
* | --- |
* | "Connecting…" |
*
* @param {Status_ConnectingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const status_connecting = /** @type {((inputs?: Status_ConnectingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_ConnectingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_status_connecting(inputs)
	return en_status_connecting(inputs)
});