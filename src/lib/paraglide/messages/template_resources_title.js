/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Template_Resources_TitleInputs */

const en_template_resources_title = /** @type {(inputs: Template_Resources_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Resources we bring`)
};

const zh_cn2_template_resources_title = /** @type {(inputs: Template_Resources_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`我们可调用的资源`)
};

/**
* | output |
* | --- |
* | "Resources we bring" |
*
* @param {Template_Resources_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_resources_title = /** @type {((inputs?: Template_Resources_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Resources_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_template_resources_title(inputs)
	return en_template_resources_title(inputs)
});