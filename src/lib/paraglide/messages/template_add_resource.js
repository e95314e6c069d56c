/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Template_Add_ResourceInputs */

const en_template_add_resource = /** @type {(inputs: Template_Add_ResourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a resource`)
};

const zh_cn2_template_add_resource = /** @type {(inputs: Template_Add_ResourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加资源`)
};

/**
* | output |
* | --- |
* | "Add a resource" |
*
* @param {Template_Add_ResourceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_add_resource = /** @type {((inputs?: Template_Add_ResourceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Add_ResourceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_template_add_resource(inputs)
	return en_template_add_resource(inputs)
});