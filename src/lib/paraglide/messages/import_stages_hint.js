/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Stages_HintInputs */

const en_import_stages_hint = /** @type {(inputs: Import_Stages_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Each stage value in the file, and our stage it stands for. Earlier stages' exit criteria are ticked for the deal, marked as imported, to be checked with the customer.`)
};

const zh_cn2_import_stages_hint = /** @type {(inputs: Import_Stages_HintInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`文件中的每个阶段值及其对应的阶段。之前各阶段的退出标准会为商机勾选并标为导入,请与客户确认。`)
};

/**
* | output |
* | --- |
* | "Each stage value in the file, and our stage it stands for. Earlier stages' exit criteria are ticked for the deal, marked as imported, to be checked with the ..." |
*
* @param {Import_Stages_HintInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_stages_hint = /** @type {((inputs?: Import_Stages_HintInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Stages_HintInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_stages_hint(inputs)
	return en_import_stages_hint(inputs)
});