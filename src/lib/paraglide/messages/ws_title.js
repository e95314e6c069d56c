/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Ws_TitleInputs */

const en_ws_title = /** @type {(inputs: Ws_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Your workspaces`)
};

const zh_cn2_ws_title = /** @type {(inputs: Ws_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我的工作区`)
};

/**
* | output |
* | --- |
* | "Your workspaces" |
*
* @param {Ws_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const ws_title = /** @type {((inputs?: Ws_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Ws_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_ws_title(inputs)
	return en_ws_title(inputs)
});