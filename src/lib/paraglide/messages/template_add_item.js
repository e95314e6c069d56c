/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Template_Add_ItemInputs */

const en_template_add_item = /** @type {(inputs: Template_Add_ItemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add item`)
};

const zh_cn2_template_add_item = /** @type {(inputs: Template_Add_ItemInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加条目`)
};

/**
* | output |
* | --- |
* | "Add item" |
*
* @param {Template_Add_ItemInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_add_item = /** @type {((inputs?: Template_Add_ItemInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Add_ItemInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_template_add_item(inputs)
	return en_template_add_item(inputs)
});