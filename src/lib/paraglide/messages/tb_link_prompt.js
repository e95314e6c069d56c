/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_Link_PromptInputs */

const en_tb_link_prompt = /** @type {(inputs: Tb_Link_PromptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Link address (https://, http:// or mailto:)`)
};

const zh_cn2_tb_link_prompt = /** @type {(inputs: Tb_Link_PromptInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`链接地址(https://、http:// 或 mailto:)`)
};

/**
* | output |
* | --- |
* | "Link address (https://, http:// or mailto:)" |
*
* @param {Tb_Link_PromptInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_link_prompt = /** @type {((inputs?: Tb_Link_PromptInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_Link_PromptInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_link_prompt(inputs)
	return en_tb_link_prompt(inputs)
});