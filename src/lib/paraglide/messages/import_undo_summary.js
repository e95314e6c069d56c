/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ removed: NonNullable<unknown>, restored: NonNullable<unknown>, kept: NonNullable<unknown> }} Import_Undo_SummaryInputs */

const en_import_undo_summary = /** @type {(inputs: Import_Undo_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Undone: ${i?.removed} removed, ${i?.restored} set back, ${i?.kept} kept because someone has worked on them since.`)
};

const zh_cn2_import_undo_summary = /** @type {(inputs: Import_Undo_SummaryInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`已撤销:删除 ${i?.removed} 项,恢复 ${i?.restored} 项,保留 ${i?.kept} 项(之后有人处理过)。`)
};

/**
* | output |
* | --- |
* | "Undone: {removed} removed, {restored} set back, {kept} kept because someone has worked on them since." |
*
* @param {Import_Undo_SummaryInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_undo_summary = /** @type {((inputs: Import_Undo_SummaryInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Undo_SummaryInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_undo_summary(inputs)
	return en_import_undo_summary(inputs)
});