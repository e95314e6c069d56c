/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Template_Competitors_TitleInputs */

const en_template_competitors_title = /** @type {(inputs: Template_Competitors_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Usual competitors`)
};

const zh_cn2_template_competitors_title = /** @type {(inputs: Template_Competitors_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`常见竞争对手`)
};

/**
* | output |
* | --- |
* | "Usual competitors" |
*
* @param {Template_Competitors_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_competitors_title = /** @type {((inputs?: Template_Competitors_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Competitors_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_template_competitors_title(inputs)
	return en_template_competitors_title(inputs)
});