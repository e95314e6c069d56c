/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Kind_StageInputs */

const en_hist_kind_stage = /** @type {(inputs: Hist_Kind_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage changed`)
};

const zh_cn2_hist_kind_stage = /** @type {(inputs: Hist_Kind_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段变化`)
};

/**
* | output |
* | --- |
* | "Stage changed" |
*
* @param {Hist_Kind_StageInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_kind_stage = /** @type {((inputs?: Hist_Kind_StageInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Kind_StageInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_kind_stage(inputs)
	return en_hist_kind_stage(inputs)
});