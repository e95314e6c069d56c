/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Status_UndoingInputs */

const en_import_status_undoing = /** @type {(inputs: Import_Status_UndoingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Undoing the import…`)
};

const zh_cn2_import_status_undoing = /** @type {(inputs: Import_Status_UndoingInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`正在撤销导入…`)
};

/**
* | output |
* | --- |
* | "Undoing the import…" |
*
* @param {Import_Status_UndoingInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_status_undoing = /** @type {((inputs?: Import_Status_UndoingInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Status_UndoingInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_status_undoing(inputs)
	return en_import_status_undoing(inputs)
});