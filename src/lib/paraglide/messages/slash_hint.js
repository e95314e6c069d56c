/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Slash_HintInputs */

const en_slash_hint = /** @type {(inputs: Slash_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Type / for blocks`)
};

const zh_cn2_slash_hint = /** @type {(inputs: Slash_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`输入 / 插入模块`)
};

/**
* | output |
* | --- |
* | "Type / for blocks" |
*
* @param {Slash_HintInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const slash_hint = /** @type {((inputs?: Slash_HintInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Slash_HintInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_slash_hint(inputs)
	return en_slash_hint(inputs)
});