/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ name: NonNullable<unknown> }} Search_Kind_PersonInputs */

const en_search_kind_person = /** @type {(inputs: Search_Kind_PersonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Role table · ${i?.name}`)
};

const zh_cn2_search_kind_person = /** @type {(inputs: Search_Kind_PersonInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`角色分析表 · ${i?.name}`)
};

/**
* | output |
* | --- |
* | "Role table · {name}" |
*
* @param {Search_Kind_PersonInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_person = /** @type {((inputs: Search_Kind_PersonInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_PersonInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_search_kind_person(inputs)
	return en_search_kind_person(inputs)
});