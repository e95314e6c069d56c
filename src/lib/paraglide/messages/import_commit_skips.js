/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Import_Commit_SkipsInputs */

const en_import_commit_skips = /** @type {(inputs: Import_Commit_SkipsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} rows with errors will be left out: fix them in the file and import it again to bring them in.`)
};

const zh_cn2_import_commit_skips = /** @type {(inputs: Import_Commit_SkipsInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.count} 行有错误,不会导入:请在文件中修改后再次导入。`)
};

/**
* | output |
* | --- |
* | "{count} rows with errors will be left out: fix them in the file and import it again to bring them in." |
*
* @param {Import_Commit_SkipsInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_commit_skips = /** @type {((inputs: Import_Commit_SkipsInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Commit_SkipsInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_commit_skips(inputs)
	return en_import_commit_skips(inputs)
});