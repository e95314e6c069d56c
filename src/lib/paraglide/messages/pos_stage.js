/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pos_StageInputs */

const en_pos_stage = /** @type {(inputs: Pos_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage (from the checklist)`)
};

const zh_cn2_pos_stage = /** @type {(inputs: Pos_StageInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`阶段(由清单推导)`)
};

/**
* | output |
* | --- |
* | "Stage (from the checklist)" |
*
* @param {Pos_StageInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pos_stage = /** @type {((inputs?: Pos_StageInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pos_StageInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pos_stage(inputs)
	return en_pos_stage(inputs)
});