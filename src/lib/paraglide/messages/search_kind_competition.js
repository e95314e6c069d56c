/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Search_Kind_CompetitionInputs */

const en_search_kind_competition = /** @type {(inputs: Search_Kind_CompetitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Competition`)
};

const zh_cn2_search_kind_competition = /** @type {(inputs: Search_Kind_CompetitionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`竞争`)
};

/**
* | output |
* | --- |
* | "Competition" |
*
* @param {Search_Kind_CompetitionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const search_kind_competition = /** @type {((inputs?: Search_Kind_CompetitionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Kind_CompetitionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_search_kind_competition(inputs)
	return en_search_kind_competition(inputs)
});