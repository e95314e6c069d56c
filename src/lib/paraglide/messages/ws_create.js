/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ws_CreateInputs */

const en_ws_create = /** @type {(inputs: Ws_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New workspace`)
};

const zh_cn2_ws_create = /** @type {(inputs: Ws_CreateInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新建工作区`)
};

/**
* | output |
* | --- |
* | "New workspace" |
*
* @param {Ws_CreateInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const ws_create = /** @type {((inputs?: Ws_CreateInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ws_CreateInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_ws_create(inputs)
	return en_ws_create(inputs)
});