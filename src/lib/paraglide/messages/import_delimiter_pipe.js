/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Delimiter_PipeInputs */

const en_import_delimiter_pipe = /** @type {(inputs: Import_Delimiter_PipeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`vertical bar`)
};

const zh_cn2_import_delimiter_pipe = /** @type {(inputs: Import_Delimiter_PipeInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`竖线`)
};

/**
* | output |
* | --- |
* | "vertical bar" |
*
* @param {Import_Delimiter_PipeInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_delimiter_pipe = /** @type {((inputs?: Import_Delimiter_PipeInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Delimiter_PipeInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_delimiter_pipe(inputs)
	return en_import_delimiter_pipe(inputs)
});