/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ rows: NonNullable<unknown> }} Import_CommitInputs */

const en_import_commit = /** @type {(inputs: Import_CommitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Import ${i?.rows} rows`)
};

const zh_cn2_import_commit = /** @type {(inputs: Import_CommitInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`导入 ${i?.rows} 行`)
};

/**
* | output |
* | --- |
* | "Import {rows} rows" |
*
* @param {Import_CommitInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_commit = /** @type {((inputs: Import_CommitInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_CommitInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_commit(inputs)
	return en_import_commit(inputs)
});