/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_MarkdownInputs */

const en_export_markdown = /** @type {(inputs: Export_MarkdownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Markdown (.md)`)
};

const zh_cn2_export_markdown = /** @type {(inputs: Export_MarkdownInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Markdown (.md)`)
};

/**
* | output |
* | --- |
* | "Markdown (.md)" |
*
* @param {Export_MarkdownInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_markdown = /** @type {((inputs?: Export_MarkdownInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_MarkdownInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_export_markdown(inputs)
	return en_export_markdown(inputs)
});