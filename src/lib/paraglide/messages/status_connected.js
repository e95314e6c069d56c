/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Status_ConnectedInputs */

const en_status_connected = /** @type {(inputs: Status_ConnectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Live`)
};

const zh_cn2_status_connected = /** @type {(inputs: Status_ConnectedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`实时协作`)
};

/**
* | output |
* | --- |
* | "Live" |
*
* @param {Status_ConnectedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const status_connected = /** @type {((inputs?: Status_ConnectedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Status_ConnectedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_status_connected(inputs)
	return en_status_connected(inputs)
});