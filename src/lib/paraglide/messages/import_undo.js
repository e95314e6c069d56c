/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_UndoInputs */

const en_import_undo = /** @type {(inputs: Import_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Undo this import`)
};

const zh_cn2_import_undo = /** @type {(inputs: Import_UndoInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`撤销这次导入`)
};

/**
* | output |
* | --- |
* | "Undo this import" |
*
* @param {Import_UndoInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_undo = /** @type {((inputs?: Import_UndoInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_UndoInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_undo(inputs)
	return en_import_undo(inputs)
});