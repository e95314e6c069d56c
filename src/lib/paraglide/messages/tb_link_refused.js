/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Tb_Link_RefusedInputs */

const en_tb_link_refused = /** @type {(inputs: Tb_Link_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only https://, http:// and mailto: links are allowed.`)
};

const zh_cn2_tb_link_refused = /** @type {(inputs: Tb_Link_RefusedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只允许 https://、http:// 和 mailto: 链接。`)
};

/**
* | output |
* | --- |
* | "Only https://, http:// and mailto: links are allowed." |
*
* @param {Tb_Link_RefusedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const tb_link_refused = /** @type {((inputs?: Tb_Link_RefusedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Tb_Link_RefusedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_tb_link_refused(inputs)
	return en_tb_link_refused(inputs)
});