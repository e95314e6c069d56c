/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ws_SwitchInputs */

const en_ws_switch = /** @type {(inputs: Ws_SwitchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Switch workspace`)
};

const zh_cn2_ws_switch = /** @type {(inputs: Ws_SwitchInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`切换工作区`)
};

/**
* | output |
* | --- |
* | "Switch workspace" |
*
* @param {Ws_SwitchInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const ws_switch = /** @type {((inputs?: Ws_SwitchInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ws_SwitchInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_ws_switch(inputs)
	return en_ws_switch(inputs)
});