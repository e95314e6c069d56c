/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Template_InvalidInputs */

const en_template_invalid = /** @type {(inputs: Template_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every item needs a text. Check the items and save again.`)
};

const zh_cn2_template_invalid = /** @type {(inputs: Template_InvalidInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`每个条目都需要文字,请检查后重新保存。`)
};

/**
* | output |
* | --- |
* | "Every item needs a text. Check the items and save again." |
*
* @param {Template_InvalidInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_invalid = /** @type {((inputs?: Template_InvalidInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_InvalidInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_template_invalid(inputs)
	return en_template_invalid(inputs)
});