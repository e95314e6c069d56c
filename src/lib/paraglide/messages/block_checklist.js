/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Block_ChecklistInputs */

const en_block_checklist = /** @type {(inputs: Block_ChecklistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Stage checklist`)
};

const zh_cn2_block_checklist = /** @type {(inputs: Block_ChecklistInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`销售阶段清单`)
};

/**
* | output |
* | --- |
* | "Stage checklist" |
*
* @param {Block_ChecklistInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const block_checklist = /** @type {((inputs?: Block_ChecklistInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Block_ChecklistInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_block_checklist(inputs)
	return en_block_checklist(inputs)
});