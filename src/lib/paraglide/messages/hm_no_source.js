/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Hm_No_SourceInputs */

const en_hm_no_source = /** @type {(inputs: Hm_No_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Add a role analysis table to this deal first.`)
};

const zh_cn2_hm_no_source = /** @type {(inputs: Hm_No_SourceInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`请先在本商机中添加角色进阶分析表。`)
};

/**
* | output |
* | --- |
* | "Add a role analysis table to this deal first." |
*
* @param {Hm_No_SourceInputs} inputs
* @param {{ locale?: "en" | "zh-CN" }} options
* @returns {LocalizedString}
*/
export const hm_no_source = /** @type {((inputs?: Hm_No_SourceInputs, options?: { locale?: "en" | "zh-CN" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Hm_No_SourceInputs, { locale?: "en" | "zh-CN" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "zh-CN") return zh_cn2_hm_no_source(inputs)
	return en_hm_no_source(inputs)
});