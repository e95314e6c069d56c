/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ file: NonNullable<unknown> }} Import_Undo_ConfirmInputs */

const en_import_undo_confirm = /** @type {(inputs: Import_Undo_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Undo the import of ${i?.file}? Deals, contacts and accounts it created are removed, unless someone has worked on them since; fields it changed are set back.`)
};

const zh_cn2_import_undo_confirm = /** @type {(inputs: Import_Undo_ConfirmInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`撤销 ${i?.file} 的导入?它新建的商机、联系人和客户将被删除(之后有人处理过的除外);它修改的字段将恢复原值。`)
};

/**
* | output |
* | --- |
* | "Undo the import of {file}? Deals, contacts and accounts it created are removed, unless someone has worked on them since; fields it changed are set back." |
*
* @param {Import_Undo_ConfirmInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_undo_confirm = /** @type {((inputs: Import_Undo_ConfirmInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Undo_ConfirmInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_undo_confirm(inputs)
	return en_import_undo_confirm(inputs)
});