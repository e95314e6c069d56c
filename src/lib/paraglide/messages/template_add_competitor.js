/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Template_Add_CompetitorInputs */

const en_template_add_competitor = /** @type {(inputs: Template_Add_CompetitorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a competitor`)
};

const zh_cn2_template_add_competitor = /** @type {(inputs: Template_Add_CompetitorInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`添加竞争对手`)
};

/**
* | output |
* | --- |
* | "Add a competitor" |
*
* @param {Template_Add_CompetitorInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const template_add_competitor = /** @type {((inputs?: Template_Add_CompetitorInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Template_Add_CompetitorInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_template_add_competitor(inputs)
	return en_template_add_competitor(inputs)
});