/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Export_AccountInputs */

const en_export_account = /** @type {(inputs: Export_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Account`)
};

const zh_cn2_export_account = /** @type {(inputs: Export_AccountInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`客户`)
};

/**
* | output |
* | --- |
* | "Account" |
*
* @param {Export_AccountInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const export_account = /** @type {((inputs?: Export_AccountInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Export_AccountInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_export_account(inputs)
	return en_export_account(inputs)
});