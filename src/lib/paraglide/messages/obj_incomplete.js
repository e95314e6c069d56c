/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Obj_IncompleteInputs */

const en_obj_incomplete = /** @type {(inputs: Obj_IncompleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Fill in every part: a precise objective is what the whole plan aims at.`)
};

const zh_cn2_obj_incomplete = /** @type {(inputs: Obj_IncompleteInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请填写完整:明确的目标是整个计划的方向。`)
};

/**
* | output |
* | --- |
* | "Fill in every part: a precise objective is what the whole plan aims at." |
*
* @param {Obj_IncompleteInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const obj_incomplete = /** @type {((inputs?: Obj_IncompleteInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Obj_IncompleteInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_obj_incomplete(inputs)
	return en_obj_incomplete(inputs)
});