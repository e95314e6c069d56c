/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Editor_LabelInputs */

const en_editor_label = /** @type {(inputs: Editor_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Deal notes and blocks`)
};

const zh_cn2_editor_label = /** @type {(inputs: Editor_LabelInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`商机笔记与模块`)
};

/**
* | output |
* | --- |
* | "Deal notes and blocks" |
*
* @param {Editor_LabelInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const editor_label = /** @type {((inputs?: Editor_LabelInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Editor_LabelInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_editor_label(inputs)
	return en_editor_label(inputs)
});