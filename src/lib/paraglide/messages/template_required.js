/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Template_RequiredInputs */

const en_template_required = /** @type {(inputs: Template_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Required`)
};

const zh_cn2_template_required = /** @type {(inputs: Template_RequiredInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`必需`)
};

/**
* | output |
* | --- |
* | "Required" |
*
* @param {Template_RequiredInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_required = /** @type {((inputs?: Template_RequiredInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_RequiredInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_template_required(inputs)
	return en_template_required(inputs)
});