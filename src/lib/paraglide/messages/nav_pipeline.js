/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Nav_PipelineInputs */

const en_nav_pipeline = /** @type {(inputs: Nav_PipelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Pipeline review`)
};

const zh_cn2_nav_pipeline = /** @type {(inputs: Nav_PipelineInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`管道评审`)
};

/**
* | output |
* | --- |
* | "Pipeline review" |
*
* @param {Nav_PipelineInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const nav_pipeline = /** @type {((inputs?: Nav_PipelineInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Nav_PipelineInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_nav_pipeline(inputs)
	return en_nav_pipeline(inputs)
});