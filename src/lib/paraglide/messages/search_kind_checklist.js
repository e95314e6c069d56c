/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Search_Kind_ChecklistInputs */

const en_search_kind_checklist = /** @type {(inputs: Search_Kind_ChecklistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage checklist`)
};

const zh_cn2_search_kind_checklist = /** @type {(inputs: Search_Kind_ChecklistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段清单`)
};

/**
* | output |
* | --- |
* | "Stage checklist" |
*
* @param {Search_Kind_ChecklistInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_checklist = /** @type {((inputs?: Search_Kind_ChecklistInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_ChecklistInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_search_kind_checklist(inputs)
	return en_search_kind_checklist(inputs)
});