/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Template_Resources_IntroInputs */

const en_template_resources_intro = /** @type {(inputs: Template_Resources_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`People and assets this team often brings into a deal. Each deal’s resources plan offers them in one click.`)
};

const zh_cn2_template_resources_intro = /** @type {(inputs: Template_Resources_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`团队常调用的人和资产。每个商机的资源计划都可以一键添加。`)
};

/**
* | output |
* | --- |
* | "People and assets this team often brings into a deal. Each deal’s resources plan offers them in one click." |
*
* @param {Template_Resources_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_resources_intro = /** @type {((inputs?: Template_Resources_IntroInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Resources_IntroInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_template_resources_intro(inputs)
	return en_template_resources_intro(inputs)
});