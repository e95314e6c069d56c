/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Pos_No_ChecklistInputs */

const en_pos_no_checklist = /** @type {(inputs: Pos_No_ChecklistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`no stage checklist`)
};

const zh_cn2_pos_no_checklist = /** @type {(inputs: Pos_No_ChecklistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`无阶段清单`)
};

/**
* | output |
* | --- |
* | "no stage checklist" |
*
* @param {Pos_No_ChecklistInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const pos_no_checklist = /** @type {((inputs?: Pos_No_ChecklistInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Pos_No_ChecklistInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_pos_no_checklist(inputs)
	return en_pos_no_checklist(inputs)
});