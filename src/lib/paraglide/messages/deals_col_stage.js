/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Deals_Col_StageInputs */

const en_deals_col_stage = /** @type {(inputs: Deals_Col_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage`)
};

const zh_cn2_deals_col_stage = /** @type {(inputs: Deals_Col_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段`)
};

/**
* | output |
* | --- |
* | "Stage" |
*
* @param {Deals_Col_StageInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const deals_col_stage = /** @type {((inputs?: Deals_Col_StageInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Deals_Col_StageInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_deals_col_stage(inputs)
	return en_deals_col_stage(inputs)
});