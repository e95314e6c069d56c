/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Loading_DocumentInputs */

const en_loading_document = /** @type {(inputs: Loading_DocumentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Loading the deal room…`)
};

const zh_cn2_loading_document = /** @type {(inputs: Loading_DocumentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在加载作战室…`)
};

/**
* | output |
* | --- |
* | "Loading the deal room…" |
*
* @param {Loading_DocumentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const loading_document = /** @type {((inputs?: Loading_DocumentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Loading_DocumentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_loading_document(inputs)
	return en_loading_document(inputs)
});