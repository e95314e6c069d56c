/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_Not_AllowedInputs */

const en_import_not_allowed = /** @type {(inputs: Import_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Only owners and managers of the workspace can import. Ask one of them to import the file, or to make you a manager.`)
};

const zh_cn2_import_not_allowed = /** @type {(inputs: Import_Not_AllowedInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`只有工作区的所有者和经理可以导入。请让他们导入这个文件,或把你设为经理。`)
};

/**
* | output |
* | --- |
* | "Only owners and managers of the workspace can import. Ask one of them to import the file, or to make you a manager." |
*
* @param {Import_Not_AllowedInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_not_allowed = /** @type {((inputs?: Import_Not_AllowedInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_Not_AllowedInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_not_allowed(inputs)
	return en_import_not_allowed(inputs)
});