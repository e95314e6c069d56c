/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Template_Competitors_IntroInputs */

const en_template_competitors_intro = /** @type {(inputs: Template_Competitors_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Competitors this team often meets. Each deal’s competition block offers them in one click.`)
};

const zh_cn2_template_competitors_intro = /** @type {(inputs: Template_Competitors_IntroInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`团队常遇到的竞争对手。每个商机的竞争模块都可以一键添加。`)
};

/**
* | output |
* | --- |
* | "Competitors this team often meets. Each deal’s competition block offers them in one click." |
*
* @param {Template_Competitors_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_competitors_intro = /** @type {((inputs?: Template_Competitors_IntroInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Competitors_IntroInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_template_competitors_intro(inputs)
	return en_template_competitors_intro(inputs)
});