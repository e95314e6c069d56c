/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Template_Checklist_TitleInputs */

const en_template_checklist_title = /** @type {(inputs: Template_Checklist_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage checklist`)
};

const zh_cn2_template_checklist_title = /** @type {(inputs: Template_Checklist_TitleInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段清单`)
};

/**
* | output |
* | --- |
* | "Stage checklist" |
*
* @param {Template_Checklist_TitleInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_checklist_title = /** @type {((inputs?: Template_Checklist_TitleInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Checklist_TitleInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_template_checklist_title(inputs)
	return en_template_checklist_title(inputs)
});