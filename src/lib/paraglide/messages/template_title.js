/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Template_TitleInputs */

const en_template_title = /** @type {(inputs: Template_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deal template: exit criteria per stage`)
};

const zh_cn2_template_title = /** @type {(inputs: Template_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机模板:各阶段的退出标准`)
};

/**
* | output |
* | --- |
* | "Deal template: exit criteria per stage" |
*
* @param {Template_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_title = /** @type {((inputs?: Template_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_template_title(inputs)
	return en_template_title(inputs)
});