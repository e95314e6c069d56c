/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Text_ChangesInputs */

const en_hist_text_changes = /** @type {(inputs: Hist_Text_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Text`)
};

const zh_cn2_hist_text_changes = /** @type {(inputs: Hist_Text_ChangesInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正文`)
};

/**
* | output |
* | --- |
* | "Text" |
*
* @param {Hist_Text_ChangesInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_text_changes = /** @type {((inputs?: Hist_Text_ChangesInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Text_ChangesInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_text_changes(inputs)
	return en_hist_text_changes(inputs)
});