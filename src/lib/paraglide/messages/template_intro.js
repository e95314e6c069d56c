/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Template_IntroInputs */

const en_template_intro = /** @type {(inputs: Template_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`New deals start with these items in their stage checklist. Existing deals keep theirs.`)
};

const zh_cn2_template_intro = /** @type {(inputs: Template_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`新商机的阶段清单使用这些条目;已有商机保持原样。`)
};

/**
* | output |
* | --- |
* | "New deals start with these items in their stage checklist. Existing deals keep theirs." |
*
* @param {Template_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_intro = /** @type {((inputs?: Template_IntroInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_IntroInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_template_intro(inputs)
	return en_template_intro(inputs)
});