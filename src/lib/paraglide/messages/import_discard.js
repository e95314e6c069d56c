/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_DiscardInputs */

const en_import_discard = /** @type {(inputs: Import_DiscardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Discard this file`)
};

const zh_cn2_import_discard = /** @type {(inputs: Import_DiscardInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`放弃这个文件`)
};

/**
* | output |
* | --- |
* | "Discard this file" |
*
* @param {Import_DiscardInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_discard = /** @type {((inputs?: Import_DiscardInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_DiscardInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_discard(inputs)
	return en_import_discard(inputs)
});