/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ workspace: NonNullable<unknown> }} Import_IntroInputs */

const en_import_intro = /** @type {(inputs: Import_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Bring accounts, contacts and deals into ${i?.workspace} from a Salesforce or HubSpot export (or any CSV): check how the columns are read, see what each row will do, then import. An import can be undone as a whole.`)
};

const zh_cn2_import_intro = /** @type {(inputs: Import_IntroInputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`从 Salesforce 或 HubSpot 的导出文件(或任何 CSV)把客户、联系人和商机导入 ${i?.workspace}:先核对列的读取方式,查看每一行将如何处理,然后导入。导入可以整体撤销。`)
};

/**
* | output |
* | --- |
* | "Bring accounts, contacts and deals into {workspace} from a Salesforce or HubSpot export (or any CSV): check how the columns are read, see what each row will ..." |
*
* @param {Import_IntroInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_intro = /** @type {((inputs: Import_IntroInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_IntroInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_intro(inputs)
	return en_import_intro(inputs)
});