/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Drop_HintInputs */

const en_import_drop_hint = /** @type {(inputs: Import_Drop_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Exports of accounts, contacts, deals/opportunities, or one file with all three. UTF-8 or GBK, up to 50 MB and 100,000 rows.`)
};

const zh_cn2_import_drop_hint = /** @type {(inputs: Import_Drop_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户、联系人、商机的导出文件,或包含三者的一个文件。UTF-8 或 GBK 编码,最多 50 MB、100,000 行。`)
};

/**
* | output |
* | --- |
* | "Exports of accounts, contacts, deals/opportunities, or one file with all three. UTF-8 or GBK, up to 50 MB and 100,000 rows." |
*
* @param {Import_Drop_HintInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_drop_hint = /** @type {((inputs?: Import_Drop_HintInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Drop_HintInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_drop_hint(inputs)
	return en_import_drop_hint(inputs)
});