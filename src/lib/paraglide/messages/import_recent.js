/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Import_RecentInputs */

const en_import_recent = /** @type {(inputs: Import_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Recent imports`)
};

const zh_cn2_import_recent = /** @type {(inputs: Import_RecentInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`最近的导入`)
};

/**
* | output |
* | --- |
* | "Recent imports" |
*
* @param {Import_RecentInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const import_recent = /** @type {((inputs?: Import_RecentInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Import_RecentInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_import_recent(inputs)
	return en_import_recent(inputs)
});