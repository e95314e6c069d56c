/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hist_Export_VersionInputs */

const en_hist_export_version = /** @type {(inputs: Hist_Export_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Export this version (.md)`)
};

const zh_cn2_hist_export_version = /** @type {(inputs: Hist_Export_VersionInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`导出此版本(.md)`)
};

/**
* | output |
* | --- |
* | "Export this version (.md)" |
*
* @param {Hist_Export_VersionInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hist_export_version = /** @type {((inputs?: Hist_Export_VersionInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hist_Export_VersionInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hist_export_version(inputs)
	return en_hist_export_version(inputs)
});